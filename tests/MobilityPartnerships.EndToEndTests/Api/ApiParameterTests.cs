using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// The API takes exactly the parameters it documents: any other query parameter is a 400 naming it, on every GET
/// endpoint; and the README lists exactly the parameters, and types, of the OpenAPI document.
/// </summary>
[Collection(RunningApp.Name)]
public sealed partial class ApiParameterTests(AppFixture app)
{
    [Fact]
    public async Task Every_api_endpoint_answers_400_naming_a_query_parameter_it_does_not_take()
    {
        var routes = await ServedRoutesAsync();
        Assert.Equal(7, routes.Count);
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        foreach (var path in routes)
        {
            var (status, mediaType, body) = await client.GetRawAsync($"{path}?bogusFilter=1");

            Assert.True(status == HttpStatusCode.BadRequest, $"GET /{path}?bogusFilter=1 answered {(int)status}: {body}");
            Assert.Equal("application/problem+json", mediaType);
            using var problem = JsonDocument.Parse(body);
            var errors = problem.RootElement.GetProperty("errors");
            var message = Assert.Single(errors.GetProperty("bogusFilter").EnumerateArray()).GetString();
            Assert.Contains("'bogusFilter' is not a parameter of this request", message, StringComparison.Ordinal);
            Assert.Single(errors.EnumerateObject());

            // The same request without it is answered as before.
            Assert.Equal(HttpStatusCode.OK, (await client.GetRawAsync(path)).Status);
        }
    }

    [Fact]
    public async Task The_readme_name_for_a_filter_that_the_api_calls_otherwise_is_refused_not_ignored()
    {
        var partnership = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with Georgia'");
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (status, _, body) = await client.GetRawAsync($"api/v1/partnerships/{partnership}/initiatives?stale=true&contributor=x&pillar=LegalMigration");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(["contributor", "stale"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("needsUpdate", problem.RootElement.GetProperty("errors").GetProperty("stale")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetRawAsync($"api/v1/partnerships/{partnership}/initiatives?needsUpdate=true&pillar=LegalMigration")).Status);
    }

    [Fact]
    public async Task The_readme_lists_exactly_the_parameters_and_types_of_the_openapi_document()
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);
        var document = await client.GetJsonAsync("openapi/v1.json");
        var documented = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var parameter in path.Value.TryGetProperty("get", out var get) && get.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : default)
            {
                documented.Add($"GET {path.Name} {parameter.GetProperty("name").GetString()} {parameter.GetProperty("in").GetString()} {TypeOf(parameter.GetProperty("schema"))}");
            }
        }

        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"), TestContext.Current.CancellationToken);
        var table = readme[readme.IndexOf("<!-- api-parameters: start -->", StringComparison.Ordinal)..readme.IndexOf("<!-- api-parameters: end -->", StringComparison.Ordinal)];
        var listed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match row in ReadmeRow().Matches(table))
        {
            listed.Add($"GET /api/v1{row.Groups["path"].Value} {row.Groups["name"].Value} {row.Groups["in"].Value} {ReadmeType(row.Groups["type"].Value)}");
        }

        Assert.NotEmpty(documented);
        Assert.Equal(documented, listed);
    }

    /// <summary>The type a README row gives, in the words this test derives from a schema: "boolean", "integer", "uuid", "text" or "one of" the values in order.</summary>
    private static string ReadmeType(string written)
    {
        var plain = written.Split(" (", 2)[0].Trim();
        return plain.StartsWith("one of ", StringComparison.Ordinal)
            ? "one of " + string.Join(",", plain["one of ".Length..].Split(',', StringSplitOptions.TrimEntries))
            : plain;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var values))
        {
            return "one of " + string.Join(",", values.EnumerateArray().Select(v => v.GetString()));
        }

        var type = schema.GetProperty("type").ValueKind == JsonValueKind.Array
            ? schema.GetProperty("type").EnumerateArray().Select(t => t.GetString()).Single(t => t != "null")
            : schema.GetProperty("type").GetString();
        return type switch
        {
            "string" when schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" => "uuid",
            "string" => "text",
            _ => type!,
        };
    }

    /// <summary>Every GET address of the API the app serves, with its route values filled from the demo data (the writes are tested in ApiWriteTests).</summary>
    private async Task<List<string>> ServedRoutesAsync()
    {
        var version = await app.Database.RowsAsync("SELECT partnership_id || ' ' || number FROM published_scoreboards ORDER BY number LIMIT 1");
        var (partnership, number) = (version[0].Split(' ')[0], version[0].Split(' ')[1]);
        var initiative = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE partnership_id = $1::uuid ORDER BY title LIMIT 1", partnership);
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => Constraint().Replace(e.RoutePattern.RawText!, "}").TrimEnd('/').TrimStart('/'))
            .Select(p => p.StartsWith("api/v1/initiatives/", StringComparison.Ordinal)
                ? p.Replace("{id}", initiative.ToString(), StringComparison.Ordinal)
                : p.Replace("{id}", partnership, StringComparison.Ordinal).Replace("{number}", number, StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"^\| `GET /api/v1(?<path>[^`]*)` \| `(?<name>[^`]+)` \| (?<in>\w+) \| (?<type>[^|]+?) \|$", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
