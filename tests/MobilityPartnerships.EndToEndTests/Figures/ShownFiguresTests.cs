using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MobilityPartnerships.EndToEndTests.Api;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Figures;

/// <summary>
/// The figures as users and programs get them — read from the rendered partnership list, each partnership's grouped
/// scoreboard (its totals line and every pillar group) and the API's JSON — equal what hand-written SQL finds over
/// every partnership: the count, the sum of the known figures and, apart from it, how many initiatives are not fully known.
/// </summary>
[Collection(RunningApp.Name)]
public sealed partial class ShownFiguresTests(AppFixture app)
{
    private static readonly Dictionary<string, string> Pillars = new(StringComparer.Ordinal)
    {
        ["Legal migration"] = "LegalMigration",
        ["Migration and development"] = "MigrationAndDevelopment",
        ["Illegal migration"] = "IllegalMigration",
        ["International protection and asylum"] = "InternationalProtectionAndAsylum",
    };

    [Fact]
    public async Task The_list_the_scoreboards_and_the_api_show_the_sums_and_counts_of_hand_written_SQL()
    {
        var partnerships = (await app.Database.RowsAsync("SELECT id::text || '|' || name FROM partnerships ORDER BY name"))
            .Select(r => r.Split('|', 2)).Select(p => (Id: Guid.Parse(p[0]), Name: p[1])).ToList();
        Assert.True(partnerships.Count >= 4, "the demo partnerships");
        var anyUnknown = false;

        // The partnership list, as rendered.
        var list = await app.OpenAsync("partnerships");
        await Expect(list.Locator("tr.mud-table-row").First).ToBeVisibleAsync();
        foreach (var (id, name) in partnerships)
        {
            var expected = await ExpectedAsync(id, null);
            anyUnknown |= expected.Total.Unknown > 0;
            var cells = await list.Locator("tr.mud-table-row", new() { Has = list.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = name, Exact = true }) }).Locator("td").AllInnerTextsAsync();
            Assert.True(cells.Count >= 8, $"{name}: the list's row has {cells.Count} cells");
            Assert.Equal(expected, new Figures(int.Parse(cells[5], NumberStyles.Number, CultureInfo.InvariantCulture), ShownAmount.Read(cells[6]), ShownAmount.Read(cells[7])));
        }

        Assert.True(anyUnknown, "the demo data has initiatives whose amount is not known");

        // The API's list, as JSON.
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);
        var json = await client.GetJsonAsync("api/v1/partnerships");
        foreach (var item in json.EnumerateArray())
        {
            var expected = await ExpectedAsync(item.GetProperty("id").GetGuid(), null);
            Assert.Equal(expected, new Figures(
                item.GetProperty("initiativeCount").GetInt32(),
                new ShownAmount(Number(item.GetProperty("totalBudget")), item.GetProperty("totalBudgetUnknown").GetInt32()),
                new ShownAmount(Number(item.GetProperty("euContribution")), item.GetProperty("euContributionUnknown").GetInt32())));
        }

        // Each scoreboard grouped by pillar: the totals line and every group's header, as rendered.
        foreach (var (id, name) in partnerships)
        {
            var page = await app.OpenAsync($"partnerships/{id}?group=pillar");
            var expected = await ExpectedAsync(id, null);
            var totals = page.Locator("#scoreboard-totals");
            await Expect(totals).ToContainTextAsync($"{expected.Count} initiative");
            Assert.Equal(expected, ReadLine(await totals.InnerTextAsync()));

            // The prerender shows the first rows and totals at once; the groups come with the interactive grid.
            var byPillar = await app.Database.RowsAsync("SELECT DISTINCT pillar FROM initiatives WHERE partnership_id = $1 AND NOT is_archived", id);
            await Expect(page.Locator(".pillar-group")).ToHaveCountAsync(byPillar.Count);
            var groups = await page.Locator(".pillar-group").AllInnerTextsAsync();
            var shown = groups.Select(g => g.Split(" · ", 2)).ToDictionary(p => Pillars[p[0].Trim()], p => ReadLine(p[1]), StringComparer.Ordinal);
            Assert.Equal(byPillar.Order(StringComparer.Ordinal), shown.Keys.Order(StringComparer.Ordinal));
            foreach (var pillar in byPillar)
            {
                Assert.Equal((name, pillar, await ExpectedAsync(id, pillar)), (name, pillar, shown[pillar]));
            }

            await page.CloseAsync();
        }
    }

    /// <summary>"14 initiatives · total budget € 1.00 + 3 not known · EU contribution not known (14)", or a group's "7 initiatives · total … · EU …".</summary>
    private static Figures ReadLine(string text)
    {
        var parts = text.Replace('\u00a0', ' ').Split(" · ");
        Assert.True(parts.Length == 3, $"a line of figures: {text}");
        return new Figures(int.Parse(CountPattern().Match(parts[0]).Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture), ShownAmount.Read(parts[1]), ShownAmount.Read(parts[2]));
    }

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    /// <summary>What hand-written SQL finds: the count, the known sums (0 over no initiative) and the initiatives not fully known.</summary>
    private async Task<Figures> ExpectedAsync(Guid partnershipId, string? pillar)
    {
        var row = (await app.Database.RowsAsync("""
            SELECT concat_ws('|', count(DISTINCT i.id),
                   coalesce(sum(f.total_budget)::text, CASE WHEN count(i.id) = 0 THEN '0' ELSE '-' END),
                   count(DISTINCT i.id) FILTER (WHERE f.id IS NULL OR f.total_budget IS NULL),
                   coalesce(sum(f.eu_contribution)::text, CASE WHEN count(i.id) = 0 THEN '0' ELSE '-' END),
                   count(DISTINCT i.id) FILTER (WHERE f.id IS NULL OR f.eu_contribution IS NULL))
            FROM initiatives i LEFT JOIN funding_lines f ON f.initiative_id = i.id
            WHERE i.partnership_id = $1 AND NOT i.is_archived AND ($2::text IS NULL OR i.pillar = $2)
            """, partnershipId, (object?)pillar ?? DBNull.Value)).Single().Split('|');
        return new Figures(
            int.Parse(row[0], CultureInfo.InvariantCulture),
            new ShownAmount(Sum(row[1]), int.Parse(row[2], CultureInfo.InvariantCulture)),
            new ShownAmount(Sum(row[3]), int.Parse(row[4], CultureInfo.InvariantCulture)));
    }

    private static decimal? Sum(string text) => text == "-" ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private sealed record Figures(int Count, ShownAmount Total, ShownAmount Eu);

    [GeneratedRegex(@"(\d[\d,]*) initiatives?")]
    private static partial Regex CountPattern();
}
