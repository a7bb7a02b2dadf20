using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using MobilityPartnerships.EndToEndTests.Api;

namespace MobilityPartnerships.EndToEndTests.Addresses;

/// <summary>
/// A bad value in the address — a control character, a number past the end or past int range, a value of the wrong
/// type, an unknown name, an over-long text — is answered with the page shown without it, or with a 4xx; never a 5xx.
/// Every routable page (from its <see cref="RouteAttribute"/>) and every API endpoint gets every such value.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class BadAddressTests(AppFixture app)
{
    /// <summary>Values no address of the app carries, as they appear (escaped) in a query string.</summary>
    private static readonly string[] BadValues =
    [
        string.Empty, "%00", "a%00b", "%09", "%0A", "%1B", "x", "maybe", "-1", "0", "99999999999", "2147483648",
        "-2147483649", "1e9", "1.5", "00000000-0000-0000-0000-000000000000", "not-a-guid", "%FF", "%E2%80%AE",
        "true%00", "Nope", new('a', 5000), "%2F%09%2Fother.example", "%2F%2Fother.example",
    ];

    /// <summary>Names read by hand from the query string (the scoreboard's view, the coverage page, the API), given to every page.</summary>
    private static readonly string[] SharedNames =
    [
        "page", "size", "pageSize", "pillar", "status", "area", "lead", "q", "text", "programme", "priority", "sort",
        "desc", "group", "archived", "cols", "stale", "late", "contributor", "commitment", "novelty", "rating",
        "partnership", "titles", "from", "to", "returnUrl", "error", "user", "token",
    ];

    [Fact]
    public async Task Every_page_answers_every_bad_query_value_without_a_server_error()
    {
        var pages = await RoutablePagesAsync();
        Assert.True(pages.Count >= 20, $"Only {pages.Count} pages found.");
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);
        var failures = new List<string>();

        foreach (var (path, names) in pages)
        {
            foreach (var value in BadValues)
            {
                // Each of the page's own parameters alone, so that one value's handling does not hide another's...
                foreach (var name in names)
                {
                    await CheckAsync(client, $"{path}?{name}={value}", failures);
                }

                // ...and every name at once, the shared ones included, once with each twice.
                var all = names.Union(SharedNames, StringComparer.OrdinalIgnoreCase).ToList();
                await CheckAsync(client, $"{path}?{string.Join('&', all.Select(n => $"{n}={value}"))}", failures);
                await CheckAsync(client, $"{path}?{string.Join('&', all.Select(n => $"{n}={value}&{n}=1"))}", failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Fact]
    public async Task Every_page_turns_interactive_with_bad_query_values_and_its_circuit_never_fails()
    {
        var pages = await RoutablePagesAsync();
        var values = BadValues.Where(v => v.Length < 100).ToArray();
        await using var context = await app.NewContextAsync(AppFixture.Administrator);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // Blazor says on the console when a circuit fails ("There was an unhandled exception on the current circuit").
            if (message.Type == "error" && (message.Text.Contains("circuit", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Blazor", StringComparison.Ordinal)))
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        var failures = new List<string>();
        var interactive = 0;

        foreach (var (path, names) in pages)
        {
            var all = names.Union(SharedNames, StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var offset in new[] { 0, values.Length / 2 })
            {
                // Every name at once, each with another bad value, so that each page meets every kind of value.
                var address = $"{path}?{string.Join('&', all.Select((n, i) => $"{n}={values[(i + offset) % values.Length]}"))}";
                errors.Clear();
                var response = await page.GotoAsync(address);
                await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
                interactive += await page.Locator("#interactive").CountAsync() > 0 ? 1 : 0;

                if (response is { Status: >= 500 } || errors.Count > 0 || await page.Locator("#blazor-error-ui").IsVisibleAsync())
                {
                    failures.Add($"/{address[..Math.Min(address.Length, 160)]}: {response?.Status} {string.Join(" | ", errors)}");
                }
            }
        }

        Assert.True(interactive >= 20, $"Only {interactive} loads turned interactive.");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Fact]
    public async Task Every_api_endpoint_answers_every_bad_query_value_with_a_problem_document_not_a_server_error()
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);
        var document = await client.GetJsonAsync("openapi/v1.json");
        var paths = await FilledPathsAsync();
        var failures = new List<string>();
        var checkedCount = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                // A write only (the API's POST and PUT): it reads no query values.
                continue;
            }

            var address = AppRoutes.Fill(path.Name.TrimStart('/'), paths);
            var names = get.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                : [];
            foreach (var value in BadValues)
            {
                foreach (var name in names.Append("unknownParameter"))
                {
                    checkedCount++;
                    var (status, mediaType, body) = await client.GetRawAsync($"{address}?{name}={value}");
                    if ((int)status >= 500)
                    {
                        failures.Add($"GET /{address}?{name}={Short(value)} answered {(int)status}: {Short(body)}");
                    }
                    else if ((int)status >= 400 && mediaType != "application/problem+json")
                    {
                        failures.Add($"GET /{address}?{name}={Short(value)} answered {(int)status} as {mediaType}, not a problem document.");
                    }
                }
            }
        }

        Assert.True(checkedCount > 100, $"Only {checkedCount} requests were made.");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Theory]
    [InlineData("signedOut", "maybe")]
    [InlineData("invited", "x")]
    [InlineData("returnUrl", "%2F%09%2Fother.example")]
    public async Task The_sign_in_page_shows_without_a_value_it_cannot_read_and_says_so(string name, string value)
    {
        using var client = app.AnonymousClient();

        var (status, _, body) = await client.GetRawAsync($"sign-in?{name}={value}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"address-value-ignored\"", body, StringComparison.Ordinal);
        Assert.Contains($"&quot;{name}&quot;", body, StringComparison.Ordinal);
        Assert.DoesNotContain("other.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_return_address_is_dropped_and_reported()
    {
        using var client = app.AnonymousClient();

        var (status, _, body) = await client.GetRawAsync($"sign-in?returnUrl=/{new string('a', 5000)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("&quot;returnUrl&quot;", body, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 5000), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_link_whose_account_is_not_an_id_is_told_unusable()
    {
        using var client = app.AnonymousClient();

        var (status, _, body) = await client.GetRawAsync("account/accept-invitation?user=zz&token=abc");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"invitation-message\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"password\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_reports_a_partnership_value_that_is_no_id_or_names_nothing()
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (malformed, _, malformedBody) = await client.GetRawAsync("meetings?partnership=zz");
        var (unknown, _, unknownBody) = await client.GetRawAsync($"meetings?partnership={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, malformed);
        Assert.Contains("data-testid=\"address-notice\"", malformedBody, StringComparison.Ordinal);
        Assert.Contains("could not be read", malformedBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unknown);
        Assert.Contains("data-testid=\"address-notice\"", unknownBody, StringComparison.Ordinal);
        Assert.Contains("names nothing you can see", unknownBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_with_a_nul_is_refused_with_a_message()
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (status, _, body) = await client.GetRawAsync("search?q=Georgia%00");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("control character", body, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x0;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scoreboard_shows_without_a_text_filter_holding_a_nul_and_says_so()
    {
        var partnership = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with Georgia'");
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (status, _, body) = await client.GetRawAsync($"partnerships/{partnership}?q=a%00b&programme=x%09y");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"scoreboard-ignored\"", body, StringComparison.Ordinal);
        Assert.Contains("q (a control character)", body, StringComparison.Ordinal);
        Assert.Contains("programme (a control character)", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scoreboard_reports_each_filter_value_that_names_nothing_in_it()
    {
        var partnership = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with Georgia'");
        var stranger = await app.Database.ScalarAsync<Guid>("""
            SELECT o.id FROM organisations o
            WHERE NOT EXISTS (SELECT 1 FROM initiatives i WHERE i.partnership_id = $1 AND i.lead_organisation_id = o.id)
            ORDER BY o.name LIMIT 1
            """, partnership);
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);
        var (area, commitment, contributor) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var (status, _, body) = await client.GetRawAsync(
            $"partnerships/{partnership}?lead={stranger}&area={area}&commitment={commitment}&contributor={contributor}&programme=No%20such%20programme&priority=No%20such%20priority");

        Assert.Equal(HttpStatusCode.OK, status);
        var notice = System.Net.WebUtility.HtmlDecode(body[body.IndexOf("id=\"scoreboard-ignored\"", StringComparison.Ordinal)..]);
        foreach (var part in new[] { $"lead={stranger}", $"area={area}", $"commitment={commitment}", $"contributor={contributor}", "programme=No such programme", "priority=No such priority" })
        {
            Assert.Contains($"{part} (names nothing in this scoreboard)", notice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_api_refuses_a_text_filter_with_a_nul_naming_it()
    {
        var partnership = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with Georgia'");
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (status, mediaType, body) = await client.GetRawAsync($"api/v1/partnerships/{partnership}/initiatives?text=a%00b&programme=%00&priority=x%09");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(["priority", "programme", "text"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    private static async Task CheckAsync(HttpClient client, string address, List<string> failures)
    {
        var (status, _, body) = await client.GetRawAsync(address);
        if ((int)status >= 500)
        {
            failures.Add($"GET /{Short(address)} answered {(int)status}: {Short(body)}");
        }
    }

    private static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;

    /// <summary>Every page's route, its parameters filled from the demo data, with the names of the query values the page takes.</summary>
    private async Task<List<(string Path, List<string> Names)>> RoutablePagesAsync()
    {
        var values = await FilledPathsAsync();
        return [.. typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Type: t, r.Template)))
            .Select(p => (AppRoutes.Fill(p.Template.TrimStart('/'), values), QueryNames(p.Type)))];
    }

    private static List<string> QueryNames(Type page) =>
    [
        .. page.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name),
    ];

    /// <summary>An id from the demo data for the segment that precedes each route parameter.</summary>
    private async Task<Dictionary<string, string>> FilledPathsAsync()
    {
        var version = await app.Database.RowsAsync("SELECT partnership_id || ' ' || number FROM published_scoreboards ORDER BY number LIMIT 1");
        var partnership = version[0].Split(' ')[0];
        var initiative = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE partnership_id = $1::uuid ORDER BY title LIMIT 1", partnership);

        // The demo data may have no indicator: then an id of none, whose page must still answer without a server error.
        var indicator = await app.Database.RowsAsync("SELECT id::text FROM initiative_indicators WHERE initiative_id = $1::uuid ORDER BY id LIMIT 1", initiative);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partnerships"] = partnership,
            ["versions"] = version[0].Split(' ')[1],
            ["initiatives"] = initiative.ToString(),
            ["indicators"] = indicator.Count > 0 ? indicator[0] : Guid.NewGuid().ToString(),
            ["meetings"] = (await app.Database.ScalarAsync<Guid>("SELECT id FROM meetings ORDER BY id LIMIT 1")).ToString(),
        };
    }
}
