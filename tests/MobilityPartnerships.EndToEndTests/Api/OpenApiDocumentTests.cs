using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>The OpenAPI document describes every endpoint of the API, and nothing else of the app.</summary>
[Collection(RunningApp.Name)]
public sealed partial class OpenApiDocumentTests(AppFixture app)
{
    [Fact]
    public async Task The_document_lists_every_api_endpoint_and_nothing_else()
    {
        // What the app really serves under /api, read from its routing table (route constraints dropped, as OpenAPI writes them).
        var served = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => Constraint().Replace(e.RoutePattern.RawText!, "}").TrimEnd('/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var document = await client.GetJsonAsync("openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().ToList();
        Assert.Equal(["/api/v1/initiatives/{id}", "/api/v1/partnerships", "/api/v1/partnerships/{id}", "/api/v1/partnerships/{id}/initiatives", "/api/v1/partnerships/{id}/versions", "/api/v1/partnerships/{id}/versions/{number}"], served);
        Assert.Equal(served, paths.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(paths, path =>
        {
            var get = Assert.Single(path.Value.EnumerateObject(), o => o.Name != "parameters");
            Assert.Equal("get", get.Name);
            Assert.False(string.IsNullOrWhiteSpace(get.Value.GetProperty("operationId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(get.Value.GetProperty("summary").GetString()));
            Assert.True(get.Value.GetProperty("responses").TryGetProperty("401", out _), $"{path.Name} documents no 401");
        });

        Assert.Equal("Mobility Partnerships API", document.GetProperty("info").GetProperty("title").GetString());
        var filters = document.GetProperty("paths").GetProperty("/api/v1/partnerships/{id}/initiatives").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "id", "pillar", "status", "thematicAreaId", "leadId", "programme", "priority", "commitment", "text", "page", "pageSize" }, filters.ToHashSet());
        var status = document.GetProperty("components").GetProperty("schemas").GetProperty("PartnershipStatus");
        Assert.Contains("InImplementation", status.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();
}
