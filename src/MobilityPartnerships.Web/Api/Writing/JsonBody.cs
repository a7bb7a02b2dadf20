using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// A write's body, <see cref="Type"/> as JSON, for the OpenAPI document only. The framework's <c>Accepts</c> would say the
/// same to the document but also make routing refuse any other content type before the endpoint runs: the request then
/// fell to the API's fallback, 404 with an empty body, instead of <see cref="RequestBody"/>'s 415 problem document.
/// </summary>
internal sealed record JsonBody(Type Type)
{
    public const string MediaType = "application/json";

    /// <summary>The operation's request body: required, <see cref="MediaType"/>, a reference to the type's schema in the document's components (see <see cref="NameAsync"/>).</summary>
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonBody>().LastOrDefault() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { [MediaType] = new() { Schema = new OpenApiSchemaReference(body.Type.Name, context.Document) } },
            };
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Puts the schema of every body in the document's components, once the operations are described: a type an answer
    /// gives too (the draft) is there already, with its parts named; another (a progress update) is added.
    /// </summary>
    public static async Task NameAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var bodies = context.DescriptionGroups.SelectMany(g => g.Items)
            .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<JsonBody>())
            .Select(b => b.Type)
            .Distinct();
        foreach (var type in bodies.Where(t => !document.Components.Schemas.ContainsKey(t.Name)))
        {
            document.Components.Schemas[type.Name] = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        }
    }
}
