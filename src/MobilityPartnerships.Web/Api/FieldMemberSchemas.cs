using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Api.Contracts;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// Names in the OpenAPI document the members the field catalogue gives the API's answers (<see cref="FieldMembersAttribute.Members"/>:
/// an initiative, a scoreboard's row, a published version's row): each schema of a DTO that carries them gets one required
/// property per member, typed from the member's type as the document types it everywhere (a record or an enum by a
/// reference to its schema), null allowed where the member may be null, with its description. A field added to the
/// catalogue reaches the document with no other edit; its stored values are named by <see cref="StoredValueSchemas"/>.
/// </summary>
internal sealed class FieldMemberSchemas : IOpenApiSchemaTransformer
{
    // The annotations by which the document generator turns a schema into a reference to its component, with a description beside it.
    private const string SchemaId = "x-schema-id";
    private const string RefDescription = "x-ref-description";

    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);

        // The carrier's own schema, not one of its properties'.
        if (context.JsonPropertyInfo is not null || StoredValueSchemas.CarriedBy(context.JsonTypeInfo) is not { } carried)
        {
            return;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in carried.Members)
        {
            // The schema the rest of the document has for the type; a record or an enum becomes a reference to its component.
            var property = await context.GetOrCreateSchemaAsync(member.Type, parameterDescription: null, cancellationToken);
            if (property.Metadata is { } metadata && metadata.TryGetValue(SchemaId, out var id) && id is string { Length: > 0 })
            {
                // A record or an enum, which becomes a reference to its component: the description goes beside the
                // reference (as the document's own XML comments put it), not on the component every reference shares.
                if (member.OrNull)
                {
                    throw new InvalidOperationException($"The API member {member.Name} refers to {member.Type.Name} and may be null, which this document does not yet say.");
                }

                metadata[RefDescription] = member.Description;
            }
            else
            {
                if (member.OrNull)
                {
                    property.Type |= JsonSchemaType.Null;
                }

                property.Description = member.Description;
            }

            schema.Properties[member.JsonName] = property;
            schema.Required.Add(member.JsonName);
        }
    }
}
