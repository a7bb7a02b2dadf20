using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// A partnership whose funding lines name more programmes than the filter lists: the page says so beside the filter, and
/// a programme outside those listed, typed into the filter, narrows the scoreboard to it, in the address too; the
/// address opened afresh shows it chosen in the first render.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ManyProgrammesPageTests(AppFixture app)
{
    private const int Programmes = 130;

    [Fact]
    public async Task A_programme_outside_those_listed_is_typed_and_the_page_says_how_many_there_are()
    {
        var partnership = Guid.NewGuid();
        await app.Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of many programmes (page)', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, partnership);
        await app.Database.ExecuteAsync($"""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable)
            SELECT gen_random_uuid(), $1, 'MP-' || lpad(n::text, 3, '0'), 'Initiative of programme ' || n, 'LegalMigration', 'Ongoing', 'New', true
            FROM generate_series(1, {Programmes}) AS n;
            """, partnership);
        await app.Database.ExecuteAsync("""
            INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget, eu_contribution)
            SELECT gen_random_uuid(), i.id, 'EuProgramme', 'Programme ' || substr(i.reference_code, 4), 1000, 500
            FROM initiatives i WHERE i.partnership_id = $1;
            """, partnership);

        var page = await app.OpenAsync($"partnerships/{partnership}");

        await Expect(page.Locator("[data-testid=filter-programme-cut]")).ToHaveTextAsync("The 100 most used of 130. Type another one's exact name.");
        await Expect(page.Locator("#filter-programme-choices option")).ToHaveCountAsync(100);
        await Expect(page.Locator("#filter-programme-choices option[value='Programme 130']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{Programmes} initiatives "));

        await page.Locator("#filter-programme").FillAsync("Programme 130");
        await page.Locator("#filter-programme").PressAsync("Enter");

        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex("^\\s*1 initiative "));
        await Expect(page).ToHaveURLAsync(new Regex("programme=Programme(%20|\\+)130"));

        var opened = await app.OpenAsync($"partnerships/{partnership}?programme=Programme%20130");
        await Expect(opened.Locator("#filter-programme")).ToHaveValueAsync("Programme 130");
        await Expect(opened.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex("^\\s*1 initiative "));
        await Expect(opened.Locator("#filter-programme-choices option[value='Programme 130']")).ToHaveCountAsync(1);
        await Expect(opened.Locator("#scoreboard-ignored")).ToHaveCountAsync(0);
    }
}
