using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using MobilityPartnerships.Web.Api.Writing;
using MobilityPartnerships.Web.Security;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c> and its OpenAPI document at <c>/openapi/v1.json</c>. Both need a signed-in user,
/// as every page does: the session cookie, or on <c>/api</c> a personal access token (<c>Authorization: Bearer</c>);
/// a program without either gets 401 (see <see cref="ProgramRequests"/>). Writes need a token allowed to write.
/// </summary>
internal static class ApiSetup
{
    public const string DocumentName = "v1";

    public static void AddApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => ReadAndWrite(options.SerializerOptions));
        services.AddScoped<Writing.RequestBody>();
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Mobility Partnerships API",
                    Version = DocumentName,
                    Description = "The partnerships, their signatories and their scoreboards' initiatives, under the same rules as the pages: "
                        + "you get only the partnerships you may see, and initiatives not to be shared beyond the partnership only if you are on the EU side. "
                        + "A program sends a personal access token (create one on the page Access tokens, in the account menu) as Authorization: Bearer; a browser's session cookie works for reading too. "
                        + "Writes (add and change an initiative, post a progress update, report an indicator value) need a token allowed to read and write, and follow the edit form's rules; "
                        + "an update sends back the ETag it read as If-Match. A partnership's published scoreboard versions are served as they were published.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["session"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = SecuritySetup.SessionCookie,
                    Description = "The session cookie set by signing in on the sign-in page.",
                };
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "mpt_ personal access token",
                    Description = "A personal access token, created on the page Access tokens. A read token may only read; writes need a read-and-write token (else 403). A revoked or expired token gets 401.",
                };

                // Either will do for reading: a program's token, or the browser's session.
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("session", document)] = [] },
                ];
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(JsonBody.NameAsync);
            options.AddSchemaTransformer<StoredValueSchemas>();
            options.AddSchemaTransformer<FieldMemberSchemas>();
            options.AddSchemaTransformer<DecimalSchemas>();
            options.AddOperationTransformer(JsonBody.DescribeAsync);
            options.AddOperationTransformer((operation, context, _) =>
            {
                QueryParameters.Describe(operation, context.Description);
                operation.Responses ??= [];
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No session and no valid token (unknown, revoked or expired; writes take a token, not the session): the body is empty." });
                operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many requests from this user: a problem document, and Retry-After." });
                operation.Responses.TryAdd("503", new OpenApiResponse { Description = "The database cannot be reached: a problem document with a reference, and Retry-After." });
                operation.Responses.TryAdd("400", new OpenApiResponse { Description = "A query parameter this request does not take, or a value it does not understand: a problem document naming each under errors." });
                WriteOperations.Describe(operation, context.Description.ActionDescriptor.EndpointMetadata, context.Document);
                return Task.CompletedTask;
            });
        });
    }

    /// <summary>
    /// How the API reads and writes JSON: camelCase names (the web default), dates as ISO 8601 ("2008-06-05"), and enums
    /// by name only, as the README and the document's enums say — a number (2, or "3") is refused, not read as the
    /// member it happens to number.
    /// </summary>
    public static void ReadAndWrite(System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
    }

    public static void MapApi(this IEndpointRouteBuilder endpoints)
    {
        // Answers are JSON or a bare status code, never the HTML "not found" page.
        var api = endpoints.MapGroup("/api/v1")
            .RequireAuthorization()
            .RequireRateLimiting(UserRateLimits.Api)
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .RefuseUnknownQueryParameters();

        api.MapPartnerships();
        api.MapInitiatives();
        api.MapInitiativeWrites();

        api.MapPublishedScoreboards();

        api.MapFallback(() => TypedResults.NotFound()).ExcludeFromDescription();
        endpoints.MapOpenApi().RequireAuthorization().WithMetadata(new SkipStatusCodePagesAttribute());
    }
}
