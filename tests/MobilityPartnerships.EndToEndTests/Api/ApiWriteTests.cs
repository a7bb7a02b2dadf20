using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MobilityPartnerships.Web.Security.Tokens;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// The write API over HTTP against the running app, with personal access tokens: an initiative changed at the version
/// read (ETag / If-Match, 412, 428), created, a progress update and an indicator value posted — under the form's rules
/// and the access rules, recorded in the history in the token's user's name "via API". Every answer is checked against
/// the OpenAPI document (see <see cref="ApiContract"/>).
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiWriteTests(AppFixture app)
{
    private const string Sweden = "sweden@mobility-partnerships.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_update_sent_with_the_etag_read_is_stored_and_the_history_names_the_tokens_user_via_api()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var read = await GetAsync(client, $"api/v1/initiatives/{scene.Shared}");
        var (draft, draftTag) = await DraftAsync(client, scene.Shared);
        Assert.Equal(read.Tag, draftTag);

        draft["title"] = $"Seasonal work, second phase {scene.Suffix}";
        using var response = await PutAsync(client, scene.Shared, draft, draftTag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = response.Headers.ETag!.Tag;
        Assert.NotEqual(draftTag, stored);
        var after = await GetAsync(client, $"api/v1/initiatives/{scene.Shared}");
        Assert.Equal($"Seasonal work, second phase {scene.Suffix}", after.Body.GetProperty("title").GetString());
        Assert.Equal(stored, after.Tag);

        var administrator = await app.Database.ScalarAsync<string>("SELECT display_name FROM accounts WHERE email = $1", AppFixture.Administrator);
        var history = await app.Database.RowsAsync(
            "SELECT user_name || ' | ' || coalesce(via, '-') FROM history_entries WHERE aggregate_id = $1 AND field = 'Title' ORDER BY id DESC LIMIT 1", scene.Shared.ToString());
        Assert.Equal([$"{administrator} | {TokenClaims.ViaApi}"], history);

        // The initiative's page says so: the newest change by the administrator via API, the scene's own without.
        var page = await app.OpenAsync($"initiatives/{scene.Shared}");
        var changes = page.Locator("[data-testid=history] > li");
        await Expect(changes.First).ToContainTextAsync($"by {administrator} via API");
        await Expect(changes.Last).ToContainTextAsync("by Test setup");
        await Expect(changes.Last).Not.ToContainTextAsync("via API");
    }

    [Theory]
    [InlineData("Display Name <x@example.org>", null, "contactPoints[1].email")]
    [InlineData("Eve Mallory <eve@example.org>", null, "contactPoints[1].email")]
    [InlineData(null, "()-./", "contactPoints[1].phone")]
    public async Task An_update_with_an_e_mail_or_phone_the_form_refuses_gets_400_at_the_field_and_changes_nothing(string? email, string? phone, string field)
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, tag) = await DraftAsync(client, scene.Shared);
        draft["contactPoints"]!.AsArray().Add(new JsonObject { ["name"] = "Eve Mallory", ["email"] = email, ["phone"] = phone });

        using var response = await PutAsync(client, scene.Shared, draft, tag);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorsAt(field));
        Assert.Equal(1L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_contact_points WHERE initiative_id = $1", scene.Shared));
    }

    [Theory]
    [InlineData(ApiScene.ContactEmail)]
    [InlineData("ANA.Contact@api-scene.example")]
    public async Task An_update_listing_a_contact_point_twice_gets_400_at_the_repeat_and_changes_nothing(string email)
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, tag) = await DraftAsync(client, scene.Shared);
        var repeat = draft["contactPoints"]![0]!.DeepClone().AsObject();
        repeat["email"] = email;
        draft["contactPoints"]!.AsArray().Add(repeat);

        using var response = await PutAsync(client, scene.Shared, draft, tag);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("listed above with the same details", Assert.Single(problem.ErrorsAt("contactPoints[1].name")), StringComparison.Ordinal);
        Assert.Equal(1L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_contact_points WHERE initiative_id = $1", scene.Shared));
    }

    [Fact]
    public async Task An_initiative_read_gives_each_indicators_figures_null_where_not_known()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);
        await app.Database.ExecuteAsync(
            "UPDATE initiative_indicators SET baseline_value = 0, baseline_date = '2015-01-01', target_value = 100, target_date = '2016-12-31' WHERE id = $1", indicator);
        await app.Database.ExecuteAsync(
            "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, '2015-07-01', '2015-12-31', 60, 'Script', now())",
            Guid.CreateVersion7(), scene.Shared, indicator);

        var read = await GetAsync(client, $"api/v1/initiatives/{scene.Shared}");

        var figures = Assert.Single(read.Body.GetProperty("indicators").EnumerateArray());
        Assert.Equal((0m, "2015-01-01"), (figures.GetProperty("baseline").GetProperty("value").GetDecimal(), figures.GetProperty("baseline").GetProperty("date").GetString()));
        Assert.Equal((100m, "2016-12-31"), (figures.GetProperty("target").GetProperty("value").GetDecimal(), figures.GetProperty("target").GetProperty("date").GetString()));
        Assert.Equal(("2015 H2", 60m), (figures.GetProperty("latestValue").GetProperty("period").GetString(), figures.GetProperty("latestValue").GetProperty("value").GetDecimal()));
        Assert.True(figures.GetProperty("onTrack").GetBoolean());
        Assert.Equal(1, figures.GetProperty("valueCount").GetInt32());
        Assert.Single(figures.GetProperty("values").EnumerateArray());

        await app.Database.ExecuteAsync("DELETE FROM indicator_values WHERE indicator_id = $1", indicator);
        await app.Database.ExecuteAsync("UPDATE initiative_indicators SET baseline_value = NULL, baseline_date = NULL WHERE id = $1", indicator);
        var unknown = Assert.Single((await GetAsync(client, $"api/v1/initiatives/{scene.Shared}")).Body.GetProperty("indicators").EnumerateArray());
        Assert.Equal(
            (JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, 0),
            (unknown.GetProperty("baseline").ValueKind, unknown.GetProperty("latestValue").ValueKind, unknown.GetProperty("onTrack").ValueKind, unknown.GetProperty("valueCount").GetInt32()));
    }

    [Fact]
    public async Task An_update_based_on_an_older_version_gets_412_with_the_current_one_and_changes_nothing()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await DraftAsync(client, scene.Shared);
        draft["title"] = $"First change {scene.Suffix}";
        using var first = await PutAsync(client, scene.Shared, draft, seen);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        draft["title"] = $"Second change {scene.Suffix}";
        using var second = await PutAsync(client, scene.Shared, draft, seen);

        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        var problem = await ProblemAsync(second);
        Assert.Equal(first.Headers.ETag!.Tag, second.Headers.ETag!.Tag);
        Assert.Equal(first.Headers.ETag!.Tag, problem.GetProperty("currentVersion").GetString());
        Assert.Equal(await app.Database.ScalarAsync<string>("SELECT display_name FROM accounts WHERE email = $1", AppFixture.Administrator), problem.GetProperty("storedBy").GetString());
        Assert.Equal($"First change {scene.Suffix}", await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task An_update_without_if_match_gets_428_and_changes_nothing()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, _) = await DraftAsync(client, scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = "Blind overwrite";

        using var response = await PutAsync(client, scene.Shared, draft, ifMatch: null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task A_draft_the_rules_refuse_gets_a_problem_document_with_the_forms_messages_by_field_and_changes_nothing()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await DraftAsync(client, scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = "  ";
        draft["startMonth"] = "2020-06-01";
        draft["endMonth"] = "2019-01-01";
        draft["durationMonths"] = null;

        using var response = await PutAsync(client, scene.Shared, draft, seen);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.Equal(["Title is required."], errors.GetProperty("title").EnumerateArray().Select(e => e.GetString()));
        Assert.True(errors.TryGetProperty("endMonth", out var end) && end.GetArrayLength() > 0, errors.GetRawText());
        Assert.Equal(before, await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task A_new_initiative_with_more_funding_lines_than_an_initiative_keeps_is_refused_and_nothing_is_stored()
    {
        // 2,500 funding lines were stored through the API, and the initiative's edit page no longer became usable.
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var draft = new JsonObject
        {
            ["title"] = $"Many funding lines {scene.Suffix}",
            ["pillar"] = "LegalMigration",
            ["status"] = "Planned",
            ["fundingLines"] = new JsonArray([.. Enumerable.Range(0, 51).Select(i => (JsonNode)new JsonObject { ["sourceKind"] = "OwnFunds", ["programme"] = $"Line {i}", ["totalBudget"] = 1 })]),
        };

        using var response = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/partnerships/{scene.PartnershipId}/initiatives"), draft, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.Equal(["At most 50 funding lines (this has 51)."], errors.GetProperty("fundingLines").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE title = $1", $"Many funding lines {scene.Suffix}"));
    }

    [Fact]
    public async Task A_new_initiative_is_created_and_answers_its_address_and_version()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var draft = new JsonObject
        {
            ["title"] = $"Language courses {scene.Suffix}",
            ["pillar"] = "LegalMigration",
            ["status"] = "Planned",
            ["leadOrganisationId"] = scene.AgencyId.ToString(),
            ["thematicAreaIds"] = new JsonArray(scene.ThematicAreaId.ToString()),
        };

        using var response = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/partnerships/{scene.PartnershipId}/initiatives"), draft, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var read = await GetAsync(client, location.TrimStart('/'));
        Assert.Equal($"Language courses {scene.Suffix}", read.Body.GetProperty("title").GetString());
        Assert.Equal(response.Headers.ETag!.Tag, read.Tag);
        Assert.Equal(1L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1 AND title = $2", scene.PartnershipId, $"Language courses {scene.Suffix}"));
    }

    [Fact]
    public async Task A_progress_update_and_an_indicator_value_are_posted_in_the_tokens_users_name()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);
        var administrator = await app.Database.ScalarAsync<string>("SELECT display_name FROM accounts WHERE email = $1", AppFixture.Administrator);

        using var progress = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/progress"), new { reportedOn = "2025-03-01", rating = "OnTrack", narrative = $"Posted by a program {scene.Suffix}" }, Cancel);
        using var value = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/indicators/{indicator}/values"), new { period = "2017 Q1", value = "42" }, Cancel);
        using var afterTheEnd = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/indicators/{indicator}/values"), new { period = "2025 Q1", value = "43" }, Cancel);
        using var invalid = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/progress"), new { reportedOn = "2025-03-01", narrative = "No rating" }, Cancel);

        await AnsweredAsync(HttpStatusCode.NoContent, progress);
        await AnsweredAsync(HttpStatusCode.NoContent, value);
        Assert.Equal(
            [$"{administrator} | Posted by a program {scene.Suffix}"],
            await app.Database.RowsAsync("SELECT author_name || ' | ' || narrative FROM progress_updates WHERE initiative_id = $1 AND narrative LIKE 'Posted by a program%'", scene.Shared));
        Assert.Equal(42m, await app.Database.ScalarAsync<decimal>("SELECT value FROM indicator_values WHERE indicator_id = $1", indicator));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await ProblemAsync(invalid)).GetProperty("errors").TryGetProperty("rating", out _));

        // The domain's rule (a value for a period within the initiative's implementation) answers as the form's do.
        Assert.Equal(HttpStatusCode.BadRequest, afterTheEnd.StatusCode);
        Assert.True((await ProblemAsync(afterTheEnd)).GetProperty("errors").TryGetProperty("period", out _));
        Assert.Equal(1L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicator));
        Assert.Equal(
            [TokenClaims.ViaApi],
            await app.Database.RowsAsync(
                """
                SELECT DISTINCT coalesce(via, '-') FROM history_entries
                WHERE change_set_id IN (SELECT change_set_id FROM history_entries WHERE aggregate_id = $1 AND record_type = 'ProgressUpdate' AND field = 'Narrative' AND new_value LIKE 'Posted by a program%')
                """,
                scene.Shared.ToString()));
    }

    [Fact]
    public async Task A_read_only_token_reads_but_gets_403_on_every_write_and_changes_nothing()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.Read));
        var (draft, seen) = await DraftAsync(client, scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = "Not allowed";

        using var update = await PutAsync(client, scene.Shared, draft, seen);
        using var progress = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/progress"), new { reportedOn = "2025-03-01", rating = "OnTrack", narrative = "Not allowed" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, progress.StatusCode);
        Assert.Equal("application/problem+json", update.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await TitleAsync(scene.Shared));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE initiative_id = $1 AND narrative = 'Not allowed'", scene.Shared));
    }

    [Fact]
    public async Task A_browser_session_cannot_write_through_the_api_only_a_token_can()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var cookie = await app.SignedInClientAsync(AppFixture.Administrator);
        var (draft, seen) = await DraftAsync(cookie, scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = "Written with a cookie";

        using var response = await PutAsync(cookie, scene.Shared, draft, seen);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(before, await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task A_member_state_officials_token_cannot_change_an_initiative_their_state_has_no_part_in()
    {
        // An initiative Sweden's official reads (its partnership has Sweden as a participant) that Sweden neither leads nor takes part in.
        var initiative = await app.Database.ScalarAsync<Guid>(
            """
            SELECT i.id FROM initiatives i
            JOIN accounts a ON a.email = $1
            WHERE NOT i.is_archived
              AND EXISTS (SELECT 1 FROM partnership_participants pp WHERE pp.partnership_id = i.partnership_id AND pp.organisation_id = a.organisation_id)
              AND i.lead_organisation_id IS DISTINCT FROM a.organisation_id
              AND NOT EXISTS (SELECT 1 FROM initiative_partners ip WHERE ip.initiative_id = i.id AND ip.organisation_id = a.organisation_id)
            ORDER BY i.id LIMIT 1
            """,
            Sweden);
        Assert.NotEqual(Guid.Empty, initiative);
        var before = await TitleAsync(initiative);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(Sweden, TokenScope.ReadWrite));
        var read = await GetAsync(client, $"api/v1/initiatives/{initiative}");
        var draft = read.Body.Deserialize<JsonObject>()!;

        using var draftResponse = await client.GetAsync(ApiTokens.Relative($"api/v1/initiatives/{initiative}/draft"), Cancel);
        using var update = await PutAsync(client, initiative, new JsonObject { ["title"] = "Changed by another state", ["pillar"] = draft["pillar"]!.GetValue<string>(), ["status"] = draft["status"]!.GetValue<string>() }, read.Tag);

        Assert.Equal(HttpStatusCode.Forbidden, draftResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(before, await TitleAsync(initiative));
    }

    [Fact]
    public async Task An_initiative_hidden_from_the_tokens_user_is_not_found_for_reading_or_writing()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(scene.OfficialEmail, TokenScope.ReadWrite));
        var before = await TitleAsync(scene.Unshared);

        using var read = await client.GetAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Unshared}"), Cancel);
        using var update = await PutAsync(client, scene.Unshared, new JsonObject { ["title"] = "Seen after all", ["pillar"] = "LegalMigration", ["status"] = "Ongoing" }, "\"1\"");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(before, await TitleAsync(scene.Unshared));
    }

    [Fact]
    public async Task A_body_that_is_not_json_or_holds_a_value_of_the_wrong_kind_gets_a_problem_saying_where_and_changes_nothing()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await DraftAsync(client, scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = "Changed by a broken program";
        draft["durationMonths"] = "twelve";

        using var wrongKind = await PutAsync(client, scene.Shared, draft, seen);
        using var malformedRequest = new HttpRequestMessage(HttpMethod.Put, ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}"))
        {
            Content = new StringContent("{\n  \"title\": \"Changed by a broken program\",\n  \"pillar\": }", System.Text.Encoding.UTF8, "application/json"),
        };
        malformedRequest.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(seen));
        using var malformed = await client.SendAsync(malformedRequest, Cancel);
        using var progress = await client.PostAsJsonAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/progress"), new { reportedOn = 20250301, rating = "OnTrack", narrative = "A date as a number" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        var problem = await ProblemAsync(wrongKind);
        Assert.Equal("The request body could not be read; nothing was changed.", problem.GetProperty("title").GetString());
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("durationMonths").EnumerateArray()).GetString();
        Assert.Equal("durationMonths takes a whole number as JSON writes it (12), as a JSON number or in a string; \"twelve\" is not one.", message);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var whole = await ProblemAsync(malformed);
        Assert.Equal(["The body is not valid JSON: the error is at line 3, position 13."], whole.GetProperty("errors").GetProperty("body").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("System.", whole.GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, progress.StatusCode);
        Assert.True((await ProblemAsync(progress)).GetProperty("errors").TryGetProperty("reportedOn", out _));
        Assert.Equal(before, await TitleAsync(scene.Shared));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE initiative_id = $1 AND narrative = 'A date as a number'", scene.Shared));
    }

    private static async Task<(JsonElement Body, string Tag)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(ApiTokens.Relative(path), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        using var document = JsonDocument.Parse(body);
        return (document.RootElement.Clone(), response.Headers.ETag.Tag);
    }

    private static async Task<(JsonObject Draft, string Tag)> DraftAsync(HttpClient client, Guid initiative)
    {
        var (body, tag) = await GetAsync(client, $"api/v1/initiatives/{initiative}/draft");
        return (body.Deserialize<JsonObject>()!, tag);
    }

    [Fact]
    public async Task A_value_is_removed_by_its_period_in_the_tokens_users_name_and_the_history_keeps_it()
    {
        var scene = await ApiScene.StoreAsync(app);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        using var reader = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.Read));
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);
        var values = $"api/v1/initiatives/{scene.Shared}/indicators/{indicator}/values";
        foreach (var (period, value) in new[] { ("2017 Q1", "42"), ("2017 Q2", "43") })
        {
            using var reported = await client.PostAsJsonAsync(ApiTokens.Relative(values), new { period, value }, Cancel);
            await AnsweredAsync(HttpStatusCode.NoContent, reported);
        }

        using var readOnly = await reader.DeleteAsync(ApiTokens.Relative($"{values}/2017-Q1"), Cancel);
        using var notAPeriod = await client.DeleteAsync(ApiTokens.Relative($"{values}/2017-Q5"), Cancel);
        using var removed = await client.DeleteAsync(ApiTokens.Relative($"{values}/2017-Q1"), Cancel);
        using var again = await client.DeleteAsync(ApiTokens.Relative($"{values}/2017%20Q1"), Cancel);
        using var otherIndicator = await client.DeleteAsync(ApiTokens.Relative($"api/v1/initiatives/{scene.Shared}/indicators/{Guid.NewGuid()}/values/2017-Q2"), Cancel);

        await AnsweredAsync(HttpStatusCode.Forbidden, readOnly);
        await AnsweredAsync(HttpStatusCode.BadRequest, notAPeriod);
        Assert.Equal(
            "'2017-Q5' is not a reporting period; write a quarter such as 2026 Q3 or a half-year such as 2026 H2.",
            (await ProblemAsync(notAPeriod)).GetProperty("errors").GetProperty("period")[0].GetString());
        await AnsweredAsync(HttpStatusCode.NoContent, removed);
        await AnsweredAsync(HttpStatusCode.NotFound, again);
        await AnsweredAsync(HttpStatusCode.NotFound, otherIndicator);
        Assert.Equal(["2017-04-01 43.0000"], await app.Database.RowsAsync("SELECT period_start || ' ' || value FROM indicator_values WHERE indicator_id = $1", indicator));
        var administrator = await app.Database.ScalarAsync<string>("SELECT display_name FROM accounts WHERE email = $1", AppFixture.Administrator);
        Assert.Equal(
            [$"Removed 42.00 {administrator} {TokenClaims.ViaApi}"],
            await app.Database.RowsAsync(
                "SELECT action || ' ' || coalesce(old_value, '-') || ' ' || user_name || ' ' || coalesce(via, '-') FROM history_entries WHERE record_type = 'IndicatorValue' AND field = 'Value' AND action = 'Removed' AND aggregate_id = $1",
                scene.Shared.ToString()));
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid initiative, JsonObject draft, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, ApiTokens.Relative($"api/v1/initiatives/{initiative}")) { Content = JsonContent.Create(draft) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return client.SendAsync(request, Cancel);
    }

    private static async Task AnsweredAsync(HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return document.RootElement.Clone();
    }

    private Task<string?> TitleAsync(Guid initiative) => app.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", initiative);
}
