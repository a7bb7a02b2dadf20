using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.EndToEndTests.Api;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.EndToEndTests.Addresses;

/// <summary>
/// A partnership, initiative or meeting the user may not read answers exactly like an id that names nothing: the same
/// status, the same redirect and the same page or problem document apart from the id, at every address of the app
/// that takes one (pages, exports, published versions, open data, briefing packs, the API). Checked for a Member
/// State official outside the partnership and for the partner country's official.
/// </summary>
[Collection(RunningApp.Name)]
public sealed partial class HiddenRecordTests(AppFixture app)
{
    [Theory]
    [InlineData("sweden@mobility-partnerships.example")]
    [InlineData("moldova@mobility-partnerships.example")]
    public async Task Every_address_answers_a_hidden_record_exactly_like_one_that_does_not_exist(string account)
    {
        var hidden = await HiddenRecordsAsync(account);
        var missing = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partnerships"] = Guid.NewGuid().ToString(),
            ["initiatives"] = Guid.NewGuid().ToString(),
            ["meetings"] = Guid.NewGuid().ToString(),
            ["indicators"] = Guid.NewGuid().ToString(),
            ["versions"] = hidden["versions"],
        };
        var templates = AppRoutes.GetTemplates(app.Services).Where(TakesARecordsId).ToList();
        Assert.True(templates.Count >= 20, $"Only {templates.Count} addresses with an id: {string.Join(", ", templates)}");
        using var client = await app.SignedInClientAsync(account);
        var differences = new List<string>();

        foreach (var template in templates)
        {
            var forHidden = await AnswerAsync(client, AppRoutes.Fill(template, hidden), hidden);
            var forMissing = await AnswerAsync(client, AppRoutes.Fill(template, missing), missing);
            if (forHidden != forMissing)
            {
                differences.Add($"/{template}:\n    hidden  → {WhereTheyDiffer(forHidden, forMissing)}\n    missing → {WhereTheyDiffer(forMissing, forHidden)}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {templates.Count} addresses tell a hidden record from a missing one:\n" + string.Join('\n', differences));
    }

    private static readonly string[] Records = ["partnerships", "initiatives", "meetings"];

    /// <summary>Whether the address names a partnership, an initiative or a meeting by its id.</summary>
    private static bool TakesARecordsId(string template)
    {
        var segments = template.Split('/');
        return segments.Skip(1).Where((segment, i) => segment.StartsWith('{') && Records.Contains(segments[i])).Any();
    }

    /// <summary>
    /// For the account: a partnership it does not read; an initiative and a meeting it does not read (in a partnership it
    /// reads where there is one: an initiative not to be shared, a task force; else in a partnership it does not read).
    /// </summary>
    private async Task<Dictionary<string, string>> HiddenRecordsAsync(string account)
    {
        var accountId = await app.Database.ScalarAsync<Guid>("SELECT id FROM accounts WHERE email = $1", account);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(AccountClaims.Principal(accountId, account, default, null, null, [], DateTimeOffset.UtcNow));
        var reads = await scope.ServiceProvider.GetRequiredService<AccessControl>().ReadScopeAsync(TestContext.Current.CancellationToken);
        var visible = reads.Partnerships.Select(p => p.ToString()).ToArray();
        Assert.NotEmpty(visible);

        var partnership = await FirstAsync(
            "SELECT p.id::text FROM partnerships p WHERE NOT (p.id::text = ANY($1)) ORDER BY (SELECT count(*) FROM published_scoreboards v WHERE v.partnership_id = p.id) DESC, p.name LIMIT 1", new object[] { visible })
            ?? throw new InvalidOperationException($"{account} reads every partnership.");
        var initiative = (reads.SeesUnshared ? null : await FirstAsync("SELECT id::text FROM initiatives WHERE partnership_id::text = ANY($1) AND NOT is_shareable ORDER BY id LIMIT 1", new object[] { visible }))
            ?? await FirstAsync("SELECT id::text FROM initiatives WHERE NOT (partnership_id::text = ANY($1)) ORDER BY id LIMIT 1", new object[] { visible })
            ?? throw new InvalidOperationException("No partnership hidden from the account has an initiative.");
        var meeting = (reads.SeesUnshared ? null : await FirstAsync("SELECT id::text FROM meetings WHERE partnership_id::text = ANY($1) AND kind = 'TaskForce' ORDER BY id LIMIT 1", new object[] { visible }))
            ?? await FirstAsync("SELECT id::text FROM meetings WHERE NOT (partnership_id::text = ANY($1)) ORDER BY id LIMIT 1", new object[] { visible })
            ?? throw new InvalidOperationException("No partnership hidden from the account has a meeting.");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partnerships"] = partnership,
            ["initiatives"] = initiative,
            ["meetings"] = meeting,
            ["indicators"] = await FirstAsync("SELECT id::text FROM initiative_indicators WHERE initiative_id = $1::uuid ORDER BY id LIMIT 1", initiative) ?? Guid.NewGuid().ToString(),
            ["versions"] = await FirstAsync("SELECT number::text FROM published_scoreboards WHERE partnership_id = $1::uuid ORDER BY number LIMIT 1", partnership) ?? "1",
        };
    }

    private async Task<string?> FirstAsync(string sql, params object[] parameters) =>
        (await app.Database.RowsAsync(sql, parameters)) is [var first, ..] ? first : null;

    /// <summary>The answer as a user could compare it: status, redirect, type and body, with the ids asked for and what differs per request taken out.</summary>
    private static async Task<string> AnswerAsync(HttpClient client, string address, IReadOnlyDictionary<string, string> ids)
    {
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        foreach (var (kind, id) in ids.Where(i => i.Key != "versions"))
        {
            body = body.Replace(id, $"{{{kind}}}", StringComparison.OrdinalIgnoreCase);
            location = location.Replace(id, $"{{{kind}}}", StringComparison.OrdinalIgnoreCase);
        }

        body = PerRequest().Replace(body, "…");
        return $"{(int)response.StatusCode} {location} {response.Content.Headers.ContentType?.MediaType} {body}";
    }

    /// <summary>What differs between any two answers: Blazor's component markers, antiforgery tokens, trace ids.</summary>
    [GeneratedRegex("<!--Blazor[^>]*-->|value=\"CfDJ8[^\"]*\"|\"traceId\":\"[^\"]*\"|00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]|[0-9a-f]{32}")]
    private static partial Regex PerRequest();

    /// <summary>The status line and the text around the first place where the answer differs from the other.</summary>
    private static string WhereTheyDiffer(string answer, string other)
    {
        var at = 0;
        while (at < answer.Length && at < other.Length && answer[at] == other[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 120);
        return $"{answer[..Math.Min(answer.Length, answer.IndexOf(' ', StringComparison.Ordinal) + 1)]}… {answer[from..Math.Min(answer.Length, at + 200)].ReplaceLineEndings(" ")}";
    }

}
