using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Features.Api.Contracts;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Api;

/// <summary>
/// Names in the OpenAPI document the texts an initiative keeps on its own row, from the field catalogue: a DTO that
/// carries them as extension data (<see cref="StoredTextMembersAttribute"/>) gets one required, nullable string property
/// for each, with its description; the draft a write sends gets, on its property for each, the description and the domain's
/// maximum length. A stored text added to the catalogue reaches the document with no other edit.
/// </summary>
internal sealed class StoredTextSchemas : IOpenApiSchemaTransformer
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
            Name(schema, InitiativeFields.StoredTexts, writable: true);
        }
        else if (CarriedBy(context.JsonTypeInfo) is { } carried)
        {
            Name(schema, carried.Texts, writable: false);

            // An answer carries each of them, null when not stated, and nothing else beside its declared members.
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in carried.Texts)
            {
                schema.Required.Add(text.ApiName);
            }

            schema.AdditionalProperties = null;
        }

        return Task.CompletedTask;
    }

    /// <summary>The stored texts a type carries as extension data; null when it carries none.</summary>
    public static StoredTextMembersAttribute? CarriedBy(JsonTypeInfo type) =>
        type.Kind == JsonTypeInfoKind.Object
            ? type.Properties.Where(p => p.IsExtensionData).Select(p => (p.AttributeProvider as MemberInfo)?.GetCustomAttribute<StoredTextMembersAttribute>()).FirstOrDefault(a => a is not null)
            : null;

    private static void Name(OpenApiSchema schema, IReadOnlyList<StoredText> texts, bool writable)
    {
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var property = schema.Properties.TryGetValue(text.ApiName, out var found) && found is OpenApiSchema existing ? existing : new OpenApiSchema();
            property.Type = JsonSchemaType.String | JsonSchemaType.Null;
            property.Description = text.Description;
            property.MaxLength = writable ? text.MaxLength : null;
            schema.Properties[text.ApiName] = property;
        }
    }
}
