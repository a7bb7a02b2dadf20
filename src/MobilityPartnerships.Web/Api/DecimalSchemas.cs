using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// Amounts and indicator values are decimals with up to 18 significant digits (numeric(18,2), numeric(18,4)); the document
/// generator types a decimal as a double, which holds about 16, and a program following it (or jq before 1.7) rounds
/// 9999999999999999.99 to 1e+16. Every decimal is described as such (format decimal), and one a write also takes as a JSON
/// string ("1234567890123456.78") says so, for programs that cannot keep a number's digits.
/// </summary>
internal sealed class DecimalSchemas : IOpenApiSchemaTransformer
{
    public const string Format = "decimal";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) != typeof(decimal))
        {
            return Task.CompletedTask;
        }

        schema.Format = Format;
        if (context.JsonPropertyInfo?.NumberHandling is { } handling && handling.HasFlag(JsonNumberHandling.AllowReadingFromString))
        {
            schema.Description = string.IsNullOrEmpty(schema.Description)
                ? AsString
                : $"{schema.Description} {AsString}";
        }

        return Task.CompletedTask;
    }

    private const string AsString = "A JSON number with its exact digits, or the same as a string (\"1234567890123456.78\") for a program that cannot keep them; answers give it as a number.";
}
