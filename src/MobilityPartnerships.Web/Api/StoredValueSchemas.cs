using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// Names in the OpenAPI document the values an initiative keeps on its own row, from the field catalogue: a DTO that
/// carries them as extension data (<see cref="FieldMembersAttribute"/>) gets one required, nullable property of the
/// value's type for each, with its description; the draft a write sends gets, on its property for each, the description and,
/// for a text, the domain's maximum length. A stored value added to the catalogue reaches the document with no other edit.
/// </summary>
internal sealed class StoredValueSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);

        // The type's own schema, not one of its properties'.
        if (context.JsonPropertyInfo is not null)
        {
            return Task.CompletedTask;
        }

        if (context.JsonTypeInfo.Type == typeof(InitiativeDraft))
        {
            Name(schema, InitiativeFields.StoredValues, writable: true);
        }
        else if (CarriedBy(context.JsonTypeInfo) is { } carried)
        {
            Name(schema, carried.StoredValues, writable: false);

            // An answer carries each of them, null when not stated, and nothing else beside its declared members.
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in carried.StoredValues)
            {
                schema.Required.Add(value.ApiName);
            }

            schema.AdditionalProperties = null;
        }

        return Task.CompletedTask;
    }

    /// <summary>The fields a type carries as extension data; null when it carries none.</summary>
    public static FieldMembersAttribute? CarriedBy(JsonTypeInfo type) =>
        type.Kind == JsonTypeInfoKind.Object
            ? type.Properties.Where(p => p.IsExtensionData).Select(p => (p.AttributeProvider as MemberInfo)?.GetCustomAttribute<FieldMembersAttribute>()).FirstOrDefault(a => a is not null)
            : null;

    private static void Name(OpenApiSchema schema, IReadOnlyList<StoredValue> values, bool writable)
    {
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var property = schema.Properties.TryGetValue(value.ApiName, out var found) && found is OpenApiSchema existing ? existing : new OpenApiSchema();
            property.Type = value.ApiType;
            property.Description = value.Description;
            property.MaxLength = writable ? value.MaxLength : null;
            schema.Properties[value.ApiName] = property;
        }
    }
}
