using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>The OpenAPI document describes every endpoint of the API, and nothing else of the app.</summary>
[Collection(RunningApp.Name)]
public sealed partial class OpenApiDocumentTests(AppFixture app)
{
    private static readonly string[] Methods = ["delete", "get", "post", "put"];

    [Fact]
    public async Task The_document_lists_every_api_endpoint_and_nothing_else()
    {
        // What the app really serves under /api, read from its routing table (route constraints dropped, as OpenAPI writes them).
        var served = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => Constraint().Replace(e.RoutePattern.RawText!, "}").TrimEnd('/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var document = await client.GetJsonAsync("openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().ToList();
        Assert.Equal(
            [
                "/api/v1/initiatives/{id}", "/api/v1/initiatives/{id}/draft", "/api/v1/initiatives/{id}/indicators/{indicatorId}/values", "/api/v1/initiatives/{id}/indicators/{indicatorId}/values/{period}",
                "/api/v1/initiatives/{id}/progress",
                "/api/v1/partnerships", "/api/v1/partnerships/{id}", "/api/v1/partnerships/{id}/initiatives", "/api/v1/partnerships/{id}/versions", "/api/v1/partnerships/{id}/versions/{number}",
            ],
            served);
        Assert.Equal(served, paths.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(paths.SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name != "parameters").Select(operation => (path.Name, Operation: operation))), found =>
        {
            Assert.Contains(found.Operation.Name, Methods);
            Assert.False(string.IsNullOrWhiteSpace(found.Operation.Value.GetProperty("operationId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(found.Operation.Value.GetProperty("summary").GetString()));
            Assert.True(found.Operation.Value.GetProperty("responses").TryGetProperty("401", out _), $"{found.Operation.Name} {found.Name} documents no 401");
        });

        Assert.Equal("Mobility Partnerships API", document.GetProperty("info").GetProperty("title").GetString());
        var filters = document.GetProperty("paths").GetProperty("/api/v1/partnerships/{id}/initiatives").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "id", "pillar", "status", "thematicAreaId", "leadId", "programme", "priority", "commitment", "text", "page", "pageSize" }, filters.ToHashSet());
        var status = document.GetProperty("components").GetProperty("schemas").GetProperty("PartnershipStatus");
        Assert.Contains("InImplementation", status.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task The_document_describes_the_writes_their_versions_and_the_bearer_scheme()
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var document = await client.GetJsonAsync("openapi/v1.json");

        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        var update = document.GetProperty("paths").GetProperty("/api/v1/initiatives/{id}").GetProperty("put");
        Assert.Equal(["bearer"], update.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)));
        var ifMatch = Assert.Single(update.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match");
        Assert.Equal("header", ifMatch.GetProperty("in").GetString());
        Assert.Superset(new HashSet<string> { "200", "400", "401", "403", "404", "412", "428" }, update.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet());
        Assert.True(update.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/api/v1/initiatives/{id}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));

        // The body of a create or an update is the edit form's draft: every field of the field catalogue, typed.
        var body = update.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();
        Assert.Equal("#/components/schemas/InitiativeDraft", body);
        var draft = document.GetProperty("components").GetProperty("schemas").GetProperty("InitiativeDraft").GetProperty("properties");
        var catalogue = MobilityPartnerships.Web.Features.Initiatives.Fields.InitiativeFields.All.SelectMany(f => f.Draft.Properties).Select(p => char.ToLowerInvariant(p[0]) + p[1..]).ToHashSet();
        Assert.NotEmpty(catalogue);
        Assert.Superset(catalogue, draft.EnumerateObject().Select(p => p.Name).ToHashSet());
        Assert.Equal("uuid", draft.GetProperty("leadOrganisationId").GetProperty("format").GetString());
        Assert.Equal("date", draft.GetProperty("startMonth").GetProperty("format").GetString());
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();
}
