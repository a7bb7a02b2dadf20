using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// How the write API reads what a program sends, whatever language its request names: numbers one way (as JSON writes
/// them, for every numeric field), enums by name only, any content type other than JSON answered 415, messages that say
/// what is wrong, and refusals of a bounded size whatever was sent. Found by an outside tester.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiBodyReadingTests(AppFixture app)
{
    private const string Unread = "The request body could not be read; nothing was changed.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_number_is_read_as_json_writes_it_whatever_the_language_and_problems_stay_in_english()
    {
        // With Accept-Language fr-FR "1,500" was stored as 1.5 (1500 in English), the problems came in French, and
        // "1,500" as an amount of a draft was refused: two readings of numbers in one API, one of them by language.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);

        foreach (var language in new[] { "fr-FR", "fr", "en-GB", null })
        {
            using var grouped = await ReportAsync(client, scene.Shared, indicator, """{"period":"2017 Q1","value":"1,500","replaceConfirmed":false}""", language);
            var problem = await grouped.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(Unread, problem.GetProperty("title").GetString());
            Assert.Equal(
                ["value takes a number as JSON writes it — digits, a dot before any decimals, no thousands separators (1234.56) — as a JSON number or in a string; \"1,500\" is not one."],
                problem.ErrorsAt("value"));
        }

        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicator));

        using var asText = await ReportAsync(client, scene.Shared, indicator, """{"period":"2017 Q1","value":"1500.25"}""", "fr-FR");
        using var asNumber = await ReportAsync(client, scene.Shared, indicator, """{"period":"2017 Q2","value":2250.5}""", "fr-FR");
        await asText.AnsweredAsync(HttpStatusCode.NoContent);
        await asNumber.AnsweredAsync(HttpStatusCode.NoContent);
        Assert.Equal(
            ["2017-01-01 1500.2500", "2017-04-01 2250.5000"],
            await app.Database.RowsAsync("SELECT period_start || ' ' || value FROM indicator_values WHERE indicator_id = $1 ORDER BY period_start", indicator));

        // The same text as an amount of a draft: refused with the same words, in English.
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        draft["fundingLines"]!.AsArray()[0]!["totalBudget"] = "1,500";
        using var put = await PutAsync(client, scene.Shared, draft.ToJsonString(), seen, "fr");
        var amount = await put.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(Unread, amount.GetProperty("title").GetString());
        Assert.Equal(
            ["fundingLines[0].totalBudget takes a number as JSON writes it — digits, a dot before any decimals, no thousands separators (1234.56) — as a JSON number or in a string; \"1,500\" is not one."],
            amount.ErrorsAt("fundingLines[0].totalBudget"));

        // A rule's refusal too stays in English for a French request.
        using var outside = await ReportAsync(client, scene.Shared, indicator, """{"period":"pas une période","value":"1"}""", "fr");
        var refusal = await outside.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The request breaks the rules; nothing was changed.", refusal.GetProperty("title").GetString());
        Assert.StartsWith("'pas une période' is not a reporting period", refusal.ErrorsAt("period")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_sent_as_anything_but_json_gets_the_415_problem_document_and_changes_nothing()
    {
        // Answered 404 with an empty body: the route refused the content type before the body was read.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = $"Sent as text {scene.Suffix}";

        var writes = new (HttpMethod Method, string Path, string Body)[]
        {
            (HttpMethod.Put, $"api/v1/initiatives/{scene.Shared}", draft.ToJsonString()),
            (HttpMethod.Post, $"api/v1/partnerships/{scene.PartnershipId}/initiatives", draft.ToJsonString()),
            (HttpMethod.Post, $"api/v1/initiatives/{scene.Shared}/progress", """{"reportedOn":"2017-03-01","rating":"OnTrack","narrative":"As text"}"""),
            (HttpMethod.Post, $"api/v1/initiatives/{scene.Shared}/indicators/{indicator}/values", """{"period":"2017 Q1","value":"1"}"""),
        };
        foreach (var (method, path, body) in writes)
        {
            foreach (var mediaType in new[] { "text/plain", "application/xml" })
            {
                using var request = new HttpRequestMessage(method, ApiTokens.Relative(path)) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
                request.Headers.TryAddWithoutValidation("If-Match", seen);
                using var response = await client.SendAsync(request, Cancel);

                var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
                Assert.Equal("Send the body as JSON, with the header Content-Type: application/json.", problem.GetProperty("detail").GetString());
            }
        }

        Assert.Equal(before, await TitleAsync(scene.Shared));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicator));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE initiative_id = $1 AND narrative = 'As text'", scene.Shared));

        // The document still names each write's body, as JSON, in its components.
        using var reader = await app.SignedInClientAsync(AppFixture.Administrator);
        var document = await reader.GetJsonAsync("openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var (path, method, schema) in new[] { ("/api/v1/initiatives/{id}", "put", "InitiativeDraft"), ("/api/v1/partnerships/{id}/initiatives", "post", "InitiativeDraft"), ("/api/v1/initiatives/{id}/progress", "post", "ProgressDraft"), ("/api/v1/initiatives/{id}/indicators/{indicatorId}/values", "post", "IndicatorValueReport") })
        {
            var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
            Assert.Equal($"#/components/schemas/{schema}", operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
            Assert.True(schemas.TryGetProperty(schema, out _), schema);
            Assert.True(operation.GetProperty("responses").TryGetProperty("415", out _), $"{method} {path}");
        }

        Assert.Equal("decimal", schemas.GetProperty("IndicatorValueReport").GetProperty("properties").GetProperty("value").GetProperty("format").GetString());
    }

    [Fact]
    public async Task Every_enum_is_read_by_name_only_a_number_is_refused_at_its_field()
    {
        // {"rating":2} and {"rating":"3"} answered 204 and stored Delayed and Completed.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));

        foreach (var rating in new JsonNode[] { 2, "3" })
        {
            using var response = await client.PostAsJsonAsync(
                ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/progress"),
                new JsonObject { ["reportedOn"] = "2017-03-01", ["rating"] = rating.DeepClone(), ["narrative"] = $"Rated by number {scene.Suffix}" },
                Cancel);
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["rating takes one of OnTrack, AtRisk, Delayed, Completed, by name."], problem.ErrorsAt("rating"));
        }

        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE narrative = $1", $"Rated by number {scene.Suffix}"));

        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = $"Enums by number {scene.Suffix}";
        foreach (var (field, value) in new (string, JsonNode)[] { ("status", 3), ("pillar", "1"), ("novelty", 0), ("partners[0].role", 1), ("fundingLines[0].sourceKind", "2") })
        {
            var changed = draft.DeepClone().AsObject();
            Set(changed, field, value);
            using var response = await PutAsync(client, scene.Shared, changed.ToJsonString(), seen, null);
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.EndsWith(", by name.", Assert.Single(problem.ErrorsAt(field)), StringComparison.Ordinal);
        }

        Assert.Equal(before, await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task A_number_sent_where_a_field_takes_another_kind_or_in_a_way_it_cannot_be_read_is_told_so()
    {
        // "title": 12 was "12 is beyond any value title takes"; "durationMonths": 1.5e1 was "beyond" too.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);

        var expected = new (string Field, JsonNode Value, string Message)[]
        {
            ("title", 12, "title takes text in a JSON string, not the number 12."),
            ("durationMonths", 12.5, "durationMonths takes a whole number, not 12.5."),
            ("durationMonths", JsonNode.Parse("1.5e1")!, "durationMonths takes a whole number written in digits (15), not 1.5e1."),
            ("durationMonths", 3e10, "30000000000 is beyond any value durationMonths takes: write a number within the field's range (see the API's description)."),
            ("durationMonths", "twelve", "durationMonths takes a whole number as JSON writes it (12), as a JSON number or in a string; \"twelve\" is not one."),
            ("fundingLines[0].totalBudget", 1e30, "1E+30 is beyond any value fundingLines[0].totalBudget takes: write a number within the field's range (see the API's description)."),
        };
        foreach (var (field, value, message) in expected)
        {
            var changed = draft.DeepClone().AsObject();
            Set(changed, field, value);
            using var response = await PutAsync(client, scene.Shared, changed.ToJsonString(), seen, null);
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal([message], problem.ErrorsAt(field));
        }

        // A whole number is read the same way as a number or in a string, with an exponent too: one rule for every number.
        var asText = draft.DeepClone().AsObject();
        (asText["startMonth"], asText["endMonth"], asText["durationMonths"]) = (null, null, "15");
        using var text = await PutAsync(client, scene.Shared, asText.ToJsonString(), seen, null);
        await text.AnsweredAsync(HttpStatusCode.OK);
        Assert.Equal(15, await app.Database.ScalarAsync<int>("SELECT period_duration_months FROM initiatives WHERE id = $1", scene.Shared));
    }

    [Fact]
    public async Task A_refusal_of_thousands_of_ids_stays_small_and_a_repeated_id_is_refused_at_the_repeat()
    {
        // 6,400 unknown thematicAreaIds (257 KB) were answered with an 805 KB problem, one message each; 6,400 repeats of
        // known ids were stored as one each without a word.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = $"Thousands of areas {scene.Suffix}";

        var unknown = draft.DeepClone().AsObject();
        unknown["thematicAreaIds"] = new JsonArray([.. Enumerable.Range(0, 6000).Select(_ => (JsonNode)Guid.NewGuid().ToString())]);
        using var many = await PutAsync(client, scene.Shared, unknown.ToJsonString(), seen, null);
        var body = await many.Content.ReadAsStringAsync(Cancel);
        var problem = await many.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(body.Length < 8 * 1024, $"{body.Length} characters");
        var listed = problem.GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetArrayLength());
        Assert.Equal(6000 - listed, problem.GetProperty("moreErrors").GetInt32());
        Assert.Equal($"{6000 - listed:N0} more problems are not listed.", problem.GetProperty("detail").GetString());

        var unknownMembers = new JsonObject();
        foreach (var i in Enumerable.Range(0, 5000))
        {
            unknownMembers[$"m{i}"] = 1;
        }

        using var members = await PutAsync(client, scene.Shared, unknownMembers.ToJsonString(), seen, null);
        Assert.True((await members.Content.ReadAsStringAsync(Cancel)).Length < 8 * 1024);
        Assert.True((await members.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("moreErrors").GetInt32() > 4900);

        var repeated = draft.DeepClone().AsObject();
        repeated["thematicAreaIds"] = new JsonArray([.. Enumerable.Range(0, 6000).Select(_ => (JsonNode)scene.ThematicAreaId.ToString())]);
        using var repeats = await PutAsync(client, scene.Shared, repeated.ToJsonString(), seen, null);
        var repeatBody = await repeats.Content.ReadAsStringAsync(Cancel);
        var repeatProblem = await repeats.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(repeatBody.Length < 8 * 1024, $"{repeatBody.Length} characters");
        Assert.Equal([$"The thematic area {scene.ThematicAreaId} is already listed above: name each area once."], repeatProblem.ErrorsAt("thematicAreaIds[1]"));
        Assert.Equal(before, await TitleAsync(scene.Shared));
    }

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, Guid initiative, Guid indicator, string json, string? language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ApiTokens.Relative($"api/v1/initiatives/{initiative}/indicators/{indicator}/values"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return client.SendAsync(request, Cancel);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid initiative, string json, string seen, string? language)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, ApiTokens.Relative($"api/v1/initiatives/{initiative}"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", seen);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return client.SendAsync(request, Cancel);
    }

    /// <summary>Sets the member at a path such as "partners[0].role".</summary>
    private static void Set(JsonObject draft, string path, JsonNode value)
    {
        var steps = path.Split('.');
        JsonObject at = draft;
        foreach (var step in steps[..^1])
        {
            var name = step.Split('[')[0];
            var index = int.Parse(step.Split('[')[1].TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture);
            at = at[name]!.AsArray()[index]!.AsObject();
        }

        at[steps[^1]] = value.DeepClone();
    }

    private Task<string?> TitleAsync(Guid initiative) => app.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", initiative);
}
