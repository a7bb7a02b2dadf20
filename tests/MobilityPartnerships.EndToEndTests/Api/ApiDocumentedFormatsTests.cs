using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// What the OpenAPI document says a write takes is what the API reads, no more and no less. Found by a tester: the
/// document offered "2026" as a period, which the API refused; and its pattern for a number sent as a string rules out
/// exponents, yet {"value":"1e3"} was stored as 1,000.
/// </summary>
[Collection(RunningApp.Name)]
public sealed partial class ApiDocumentedFormatsTests(AppFixture app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_period_the_document_gives_as_an_example_is_one_the_api_reads()
    {
        using var reader = await app.SignedInClientAsync(AppFixture.Administrator);
        var document = await reader.GetJsonAsync("openapi/v1.json");

        var description = document.GetProperty("components").GetProperty("schemas").GetProperty("IndicatorValueReport")
            .GetProperty("properties").GetProperty("period").GetProperty("description").GetString()!;
        var summary = document.GetProperty("paths").GetProperty("/api/v1/initiatives/{id}/indicators/{indicatorId}/values").GetProperty("post")
            .GetProperty("summary").GetString()!;

        foreach (var text in new[] { description, summary })
        {
            var examples = Quoted().Matches(text).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(examples);
            Assert.All(examples, example => Assert.NotNull(ReportingPeriod.Parse(example)));
        }

        // A year alone is no reporting period, for the form as for the API; the refusal says what is.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);
        using var year = await ReportAsync(client, scene.Shared, indicator, """{"period":"2017","value":"1"}""");
        var problem = await year.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["'2017' is not a reporting period; write a quarter such as 2026 Q3 or a half-year such as 2026 H2."], problem.ErrorsAt("period"));
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_read_only_as_the_documents_pattern_writes_it()
    {
        using var reader = await app.SignedInClientAsync(AppFixture.Administrator);
        var document = await reader.GetJsonAsync("openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var pattern = new Regex(schemas.GetProperty("IndicatorValueReport").GetProperty("properties").GetProperty("value").GetProperty("pattern").GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1));

        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);

        // Each refused at the value, saying what a number is, and nothing stored.
        foreach (var sent in new[] { "1e3", "1E3", "2.5e-1", "+1", "01", ".5", "1.", " 1", "1 ", "Infinity", "0x10" })
        {
            Assert.False(pattern.IsMatch(sent), sent);
            using var refused = await ReportAsync(client, scene.Shared, indicator, JsonSerializer.Serialize(new { period = "2017 Q1", value = sent }));
            var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("The request body could not be read; nothing was changed.", problem.GetProperty("title").GetString());
            Assert.Equal(
                [$"value takes a number as JSON writes it — digits, a dot before any decimals, no thousands separators (1234.56) — as a JSON number or in a string; \"{sent}\" is not one."],
                problem.ErrorsAt("value"));
        }

        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicator));

        // What the pattern takes is read, to its last digit.
        Assert.Matches(pattern, "-0.25");
        using var taken = await ReportAsync(client, scene.Shared, indicator, """{"period":"2017 Q1","value":"-0.25"}""");
        await taken.AnsweredAsync(HttpStatusCode.NoContent);
        Assert.Equal(-0.25m, await app.Database.ScalarAsync<decimal>("SELECT value FROM indicator_values WHERE indicator_id = $1", indicator));

        // Every other number a write reads as a string: an amount, a baseline, a number of months.
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var before = draft.ToJsonString();
        foreach (var (path, sent, message) in new[]
        {
            ("fundingLines[0].totalBudget", "1e3", $"fundingLines[0].totalBudget takes a number as JSON writes it — digits, a dot before any decimals, no thousands separators (1234.56) — as a JSON number or in a string; \"1e3\" is not one."),
            ("indicators[0].baselineValue", "5E1", $"indicators[0].baselineValue takes a number as JSON writes it — digits, a dot before any decimals, no thousands separators (1234.56) — as a JSON number or in a string; \"5E1\" is not one."),
            ("durationMonths", "012", "durationMonths takes a whole number as JSON writes it (12), as a JSON number or in a string; \"012\" is not one."),
        })
        {
            var changed = JsonNode.Parse(before)!.AsObject();
            Set(changed, path, JsonValue.Create(sent));
            using var put = await client.PutRawAsync(scene.Shared, changed.ToJsonString(), seen);
            var problem = await put.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal([message], problem.ErrorsAt(path));
        }

        Assert.Equal(seen, (await client.DraftAsync(scene.Shared)).Tag);
    }

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, Guid initiative, Guid indicator, string json) =>
        client.PostAsync(ApiTokens.Relative($"api/v1/initiatives/{initiative}/indicators/{indicator}/values"), new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

    /// <summary>Puts <paramref name="value"/> at "fundingLines[0].totalBudget" or "durationMonths".</summary>
    private static void Set(JsonObject draft, string path, JsonNode value)
    {
        JsonNode at = draft;
        var steps = path.Split('.');
        foreach (var step in steps[..^1])
        {
            var name = step.Split('[')[0];
            at = at[name]!;
            foreach (var index in step.Split('[').Skip(1).Select(i => int.Parse(i.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)))
            {
                at = at[index]!;
            }
        }

        at[steps[^1]] = value;
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quoted();
}
