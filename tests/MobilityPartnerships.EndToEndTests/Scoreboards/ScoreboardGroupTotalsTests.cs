using MobilityPartnerships.EndToEndTests.Figures;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// Grouped by pillar, each group's footer carries that pillar's totals (not the whole scoreboard's), the grid's own
/// footer the whole's, and an amount not known reads as not known, never as € 0.00.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ScoreboardGroupTotalsTests(AppFixture app)
{
    private static readonly string[] PillarOrder = ["LegalMigration", "MigrationAndDevelopment", "IllegalMigration", "InternationalProtectionAndAsylum"];

    [Fact]
    public async Task Each_group_footer_shows_its_own_pillars_totals_and_unknown_amounts_read_as_unknown()
    {
        var partnershipId = await SeedAsync();
        var page = await app.OpenAsync($"partnerships/{partnershipId}?group=pillar");
        await Expect(page.Locator("#scoreboard-totals")).ToContainTextAsync("5 initiatives");

        // What hand-written SQL finds per pillar: the known sum and how many initiatives are not fully known.
        var expected = new List<ShownAmount>();
        foreach (var pillar in PillarOrder)
        {
            var count = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1 AND pillar = $2", partnershipId, pillar);
            if (count > 0)
            {
                expected.Add(await KnownAndUnknownAsync(partnershipId, pillar));
            }
        }

        var groupFooters = page.Locator("section[aria-labelledby=scoreboard-heading] table tbody [data-testid=group-footer-total-budget]");
        await Expect(groupFooters).ToHaveCountAsync(expected.Count);
        var shown = (await groupFooters.AllInnerTextsAsync()).Select(ShownAmount.Read).ToList();
        Assert.Equal(expected, shown);
        Assert.Equal(2, shown.Distinct().Count());

        var gridFooter = page.Locator("section[aria-labelledby=scoreboard-heading] table tfoot [data-testid=footer-total-budget]");
        Assert.Equal(await KnownAndUnknownAsync(partnershipId, null), ShownAmount.Read(await gridFooter.InnerTextAsync()));
        await Expect(page.Locator("section[aria-labelledby=scoreboard-heading] table tfoot [data-testid=group-footer-total-budget]")).Not.ToBeVisibleAsync();

        // The rows: no funding line, or a line without its figure, is to be determined; a recorded 0 is € 0.00.
        var unknownRow = page.Locator("tr.mud-table-row", new() { HasText = "Pilot without a funding line" });
        await Expect(unknownRow).ToContainTextAsync("To be determined");
        await Expect(unknownRow).Not.ToContainTextAsync("0.00");
        await Expect(page.Locator("tr.mud-table-row", new() { HasText = "Pilot with a line without figures" })).Not.ToContainTextAsync("0.00");
        await Expect(page.Locator("tr.mud-table-row", new() { HasText = "Pilot partly known" })).ToContainTextAsync("at least");
        await Expect(page.Locator("tr.mud-table-row", new() { HasText = "Pilot recorded at zero" })).ToContainTextAsync("0.00");

        // The group's name stays in view when the grid scrolls sideways.
        var position = await page.Locator(".scoreboard-group > div").First.EvaluateAsync<string>("e => getComputedStyle(e).position");
        Assert.Equal("sticky", position);
    }

    private async Task<ShownAmount> KnownAndUnknownAsync(Guid partnershipId, string? pillar)
    {
        const string Scope = "FROM initiatives i LEFT JOIN funding_lines f ON f.initiative_id = i.id WHERE i.partnership_id = $1 AND ($2::text IS NULL OR i.pillar = $2)";
        var known = await app.Database.ScalarAsync<decimal?>("SELECT sum(f.total_budget) " + Scope, partnershipId, (object?)pillar ?? DBNull.Value);
        var unknown = await app.Database.ScalarAsync<long>("SELECT count(DISTINCT i.id) FILTER (WHERE f.total_budget IS NULL) " + Scope, partnershipId, (object?)pillar ?? DBNull.Value);
        return new ShownAmount(known, (int)unknown);
    }

    /// <summary>A partnership of its own: legal migration with a known, an unknown and a partly known amount; migration and development with a known amount and a recorded 0.</summary>
    private async Task<Guid> SeedAsync()
    {
        var id = Guid.NewGuid();
        await app.Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership with amounts not known ' || left($1::text, 8), 'MobilityPartnership', 'InImplementation', DATE '2015-01-01', '{}')
            """, id);
        (string Title, string Pillar, decimal?[] Lines)[] initiatives =
        [
            ("Pilot fully funded", "LegalMigration", [1_000m]),
            ("Pilot without a funding line", "LegalMigration", []),
            ("Pilot partly known", "LegalMigration", [250.50m, null]),
            ("Pilot with a line without figures", "MigrationAndDevelopment", [null]),
            ("Pilot recorded at zero", "MigrationAndDevelopment", [0m]),
        ];
        foreach (var (title, pillar, lines) in initiatives)
        {
            var initiativeId = Guid.NewGuid();
            await app.Database.ExecuteAsync("""
                INSERT INTO initiatives (id, partnership_id, title, pillar, status, novelty, is_shareable, is_archived)
                VALUES ($1, $2, $3, $4, 'Planned', 'New', true, false)
                """, initiativeId, id, title, pillar);
            foreach (var amount in lines)
            {
                await app.Database.ExecuteAsync(
                    "INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget) VALUES (gen_random_uuid(), $1, 'EuProgramme', 'AENEAS', $2)",
                    initiativeId, (object?)amount ?? DBNull.Value);
            }
        }

        return id;
    }
}
