using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>What the OpenAPI document says of versions and writes: the ETag a read answers with, the If-Match an update sends, the token a write needs.</summary>
internal static class WriteOperations
{
    public static void Describe(OpenApiOperation operation, IList<object> metadata, OpenApiDocument? document)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.OfType<AnswersWithEntityTag>().Any() && operation.Responses is { } responses)
        {
            foreach (var (_, response) in responses.Where(r => r.Key is "200" or "201"))
            {
                if (response is OpenApiResponse described)
                {
                    described.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    described.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The initiative's version, quoted (\"1234\"): send it back as If-Match with an update.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                }
            }
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, "If-Match", StringComparison.OrdinalIgnoreCase))
            {
                parameter.Description = "The ETag of the version read (GetInitiative or GetInitiativeDraft), quoted: \"48213\"; or * for whatever version is stored. Without it: 428. Not an entity tag: 400. Another version is stored now, or the tag can never match (a weak W/\"…\" tag, compared strongly, or no version of this API's): 412.";
            }
        }

        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == BearerTokenHandler.WritePolicy))
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            operation.Responses ??= [];
            operation.Responses["403"] = new OpenApiResponse
            {
                Description = "A token that may only read, or a change the access rules do not let you make: a problem document.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
                },
            };
        }
    }
}
