using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// What a program may write in a draft that the edit form never does, over HTTP: ids of another initiative's entries,
/// ids repeated within a list, organisations that do not exist, days in month fields, amounts with all 18 digits (as
/// numbers or strings). Each is stored as meant or refused at its field with a 400 — never a 503 to retry, never dropped.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiDraftValueTests(AppFixture app)
{
    [Fact]
    public async Task An_indicator_id_of_another_initiative_makes_a_new_indicator_and_the_other_stays_as_it_is()
    {
        // Answered 503 "a problem on our side" (a duplicate key), which also told whether the id existed anywhere.
        var scene = await ApiScene.StoreAsync(app);
        var foreign = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id <> $1 ORDER BY id LIMIT 1", scene.Shared);
        var foreignBefore = await IndicatorRowAsync(foreign);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        draft["indicators"]!.AsArray().Add(new JsonObject { ["id"] = foreign.ToString(), ["name"] = "Hijack" });

        using var response = await client.PutAsync(scene.Shared, draft, seen);

        await response.AnsweredAsync(HttpStatusCode.OK);
        Assert.Equal(foreignBefore, await IndicatorRowAsync(foreign));
        var hijack = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1 AND name = 'Hijack'", scene.Shared);
        Assert.NotEqual(Guid.Empty, hijack);
        Assert.NotEqual(foreign, hijack);
    }

    [Fact]
    public async Task A_repeated_funding_line_or_indicator_id_is_400_at_the_repeated_entry_and_changes_nothing()
    {
        // Answered 200: two lines stored out of three, the first's amounts overwritten by the third's.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var lines = draft["fundingLines"]!.AsArray();
        var lineId = lines[0]!["id"]!.GetValue<string>();
        lines.Add(new JsonObject { ["sourceKind"] = "OwnFunds", ["totalBudget"] = 20 });
        lines.Add(new JsonObject { ["id"] = lineId, ["sourceKind"] = "OwnFunds", ["totalBudget"] = 5, ["euContribution"] = 5 });
        var indicators = draft["indicators"]!.AsArray();
        var indicatorId = indicators[0]!["id"]!.GetValue<string>();
        indicators.Add(new JsonObject { ["id"] = indicatorId, ["name"] = "Trainings held" });
        var before = await FundingAsync(scene.Shared);

        using var response = await client.PutAsync(scene.Shared, draft, seen);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([$"The id {lineId} is already given to an entry above: each entry keeps its own id (leave it out for a new one)."], problem.ErrorsAt("fundingLines[2].id"));
        Assert.Equal([$"The id {indicatorId} is already given to an entry above: each entry keeps its own id (leave it out for a new one)."], problem.ErrorsAt("indicators[1].id"));
        Assert.Equal(before, await FundingAsync(scene.Shared));
        Assert.Equal(1L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_indicators WHERE initiative_id = $1", scene.Shared));
    }

    [Fact]
    public async Task An_organisation_that_does_not_exist_is_400_at_its_field_not_503()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var nobody = Guid.NewGuid();
        draft["partners"]!.AsArray().Add(new JsonObject { ["organisationId"] = nobody.ToString(), ["role"] = "Implementing" });
        var before = await TitleAsync(scene.Shared);
        draft["title"] = $"With a made-up partner {scene.Suffix}";

        using var response = await client.PutAsync(scene.Shared, draft, seen);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([$"No organisation has the id {nobody}: choose one of the listed organisations."], problem.ErrorsAt("partners[2].organisationId"));
        Assert.Equal(before, await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task A_month_field_given_a_day_is_400_at_the_field_and_changes_nothing()
    {
        // Answered 200 and stored as 2017-02-01 without a word.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        foreach (var field in new[] { "startMonth", "endMonth", "announcedStartMonth", "announcedEndMonth" })
        {
            var (draft, seen) = await client.DraftAsync(scene.Shared);
            (draft["startMonth"], draft["endMonth"], draft["durationMonths"]) = (null, null, null);
            draft[field] = "2017-02-15";
            var before = await TitleAsync(scene.Shared);
            draft["title"] = $"With a day for a month {scene.Suffix}";

            using var response = await client.PutAsync(scene.Shared, draft, seen);

            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["Give a month, not a day: write 2017-02-01 for February 2017 (not 2017-02-15)."], problem.ErrorsAt(field));
            Assert.Equal(before, await TitleAsync(scene.Shared));
        }
    }

    [Fact]
    public async Task Amounts_keep_all_their_digits_sent_as_numbers_or_as_strings_and_are_answered_exactly()
    {
        // A program following the document's "double" rounded 1234567890123456.78 to …56.80 and 9999999999999999.99 to 1e+16.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var line = draft["fundingLines"]!.AsArray()[0]!.AsObject();
        line["totalBudget"] = "9999999999999999.99";
        line["euContribution"] = "1234567890123456.78";
        var json = draft.ToJsonString().Replace("\"indicators\":[", "\"indicators\":[{\"name\":\"Exact\",\"baselineValue\":99999999999999.9999,\"baselineDate\":\"2016-01-01\",\"targetValue\":\"12345678901234.5678\",\"targetDate\":\"2018-01-01\"},", StringComparison.Ordinal);

        using var response = await client.PutRawAsync(scene.Shared, json, seen);

        await response.AnsweredAsync(HttpStatusCode.OK);
        Assert.Equal(
            ["9999999999999999.99|1234567890123456.78"],
            await app.Database.RowsAsync("SELECT total_budget || '|' || eu_contribution FROM funding_lines WHERE initiative_id = $1", scene.Shared));
        Assert.Equal(
            ["99999999999999.9999|12345678901234.5678"],
            await app.Database.RowsAsync("SELECT baseline_value || '|' || target_value FROM initiative_indicators WHERE initiative_id = $1 AND name = 'Exact'", scene.Shared));
        using var read = await client.GetAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/draft"), TestContext.Current.CancellationToken);
        var text = await read.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"totalBudget\":9999999999999999.99", text, StringComparison.Ordinal);
        Assert.Contains("\"euContribution\":1234567890123456.78", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_describes_every_amount_as_a_decimal_and_the_drafts_as_taking_strings_too()
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var document = await client.GetJsonAsync("openapi/v1.json");

        var doubles = Formats(document, "$").Where(f => f.Format == "double").Select(f => f.Path).ToList();
        Assert.True(doubles.Count == 0, "Typed as double: " + string.Join(", ", doubles));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var (schema, property) in new[] { ("FundingLineDraft", "totalBudget"), ("FundingLineDraft", "euContribution"), ("IndicatorDraft", "baselineValue"), ("IndicatorDraft", "targetValue") })
        {
            var amount = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);
            Assert.Equal("decimal", amount.GetProperty("format").GetString());
            Assert.Contains("string", amount.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
            Assert.Contains("number", amount.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        }

        var answered = schemas.GetProperty("FundingLineDto").GetProperty("properties").GetProperty("totalBudget");
        Assert.Equal("decimal", answered.GetProperty("format").GetString());
    }

    /// <summary>Every "format" in the document, with where it is.</summary>
    private static IEnumerable<(string Path, string? Format)> Formats(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                if (member.Name == "format" && member.Value.ValueKind == JsonValueKind.String)
                {
                    yield return (path, member.Value.GetString());
                }

                foreach (var found in Formats(member.Value, $"{path}.{member.Name}"))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in Formats(item, $"{path}[{i++}]"))
                {
                    yield return found;
                }
            }
        }
    }

    private Task<IReadOnlyList<string>> IndicatorRowAsync(Guid id) =>
        app.Database.RowsAsync("SELECT initiative_id || '|' || name || '|' || coalesce(description, '-') FROM initiative_indicators WHERE id = $1", id);

    private Task<IReadOnlyList<string>> FundingAsync(Guid initiative) =>
        app.Database.RowsAsync("SELECT id || '|' || coalesce(total_budget::text, '-') || '|' || coalesce(eu_contribution::text, '-') FROM funding_lines WHERE initiative_id = $1 ORDER BY id", initiative);

    private Task<string?> TitleAsync(Guid initiative) => app.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", initiative);
}
