using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// A partnership whose funding lines name more contributing organisations than the filter lists: the filter becomes a
/// field where an organisation's name, as the list shows it, is typed; one outside those listed, typed in other letters'
/// case, narrows the scoreboard to its initiatives and the address names it; a name none has is refused beside the field
/// and changes nothing. (Leads are typed alike: ManyParticipantsPageTests.)
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ManyContributorsPageTests(AppFixture app)
{
    private const int Contributors = 130;

    [Fact]
    public async Task A_contributor_outside_those_listed_is_typed_by_name_and_an_unknown_name_is_refused()
    {
        var partnership = Guid.NewGuid();
        var agencies = $"Agency {partnership.ToString()[..4]}";
        await app.Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of many contributors (page)', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, partnership);
        await app.Database.ExecuteAsync($"""
            INSERT INTO organisations (id, name, short_name, kind, signs_through_presidency)
            SELECT gen_random_uuid(), 'Contributing ' || $1 || ' ' || lpad(n::text, 3, '0'), $1 || ' ' || lpad(n::text, 3, '0'), 'NationalAgency', false
            FROM generate_series(1, {Contributors}) AS n;
            """, agencies);
        await app.Database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable)
            SELECT gen_random_uuid(), $1, 'MC-' || right(o.short_name, 3), 'Initiative funded by ' || o.short_name, 'LegalMigration', 'Ongoing', 'New', true
            FROM organisations o WHERE o.short_name LIKE $2 || ' %';
            """, partnership, agencies);
        await app.Database.ExecuteAsync("""
            INSERT INTO funding_lines (id, initiative_id, source_kind, programme, contributor_id, total_budget, eu_contribution)
            SELECT gen_random_uuid(), i.id, 'EuProgramme', 'AENEAS', o.id, 1000, 500
            FROM initiatives i JOIN organisations o ON o.short_name = $2 || ' ' || right(i.reference_code, 3)
            WHERE i.partnership_id = $1;
            """, partnership, agencies);
        var last = Guid.Parse(Assert.Single(await app.Database.RowsAsync("SELECT id::text FROM organisations WHERE short_name = $1", $"{agencies} 130")));

        var page = await app.OpenAsync($"partnerships/{partnership}");

        await Expect(page.Locator("[data-testid=filter-contributor-cut]")).ToHaveTextAsync("The 100 most used of 130. Type another one's name as the list shows it.");
        await Expect(page.Locator("#filter-contributor-choices option")).ToHaveCountAsync(100);
        await Expect(page.Locator($"#filter-contributor-choices option[value='{agencies} 001']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#filter-contributor-choices option[value='{agencies} 130']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{Contributors} initiatives "));

        await page.Locator("#filter-contributor").FillAsync($"  {agencies.ToUpperInvariant()} 130 ");
        await page.Locator("#filter-contributor").PressAsync("Enter");

        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex("^\\s*1 initiative "));
        await Expect(page.Locator(".scoreboard-title-value a")).ToHaveTextAsync($"Initiative funded by {agencies} 130");
        await Expect(page).ToHaveURLAsync(new Regex($"contributor={last}"));
        await Expect(page.Locator("#filter-contributor")).ToHaveValueAsync($"{agencies} 130");
        await Expect(page.Locator("[data-testid=filter-contributor-problem]")).ToHaveCountAsync(0);

        await page.Locator("#filter-contributor").FillAsync($"{agencies} 999");
        await page.Locator("#filter-contributor").PressAsync("Enter");

        await Expect(page.Locator("#filter-contributor-problem[role=alert]")).ToHaveTextAsync($"No contributor in this scoreboard is named “{agencies} 999”. Type a name as the list shows it.");
        await Expect(page.Locator("#filter-contributor")).ToHaveValueAsync($"{agencies} 999");
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex("^\\s*1 initiative "));
        await Expect(page).ToHaveURLAsync(new Regex($"contributor={last}"));

        var opened = await app.OpenAsync($"partnerships/{partnership}?contributor={last}");
        await Expect(opened.Locator("#filter-contributor")).ToHaveValueAsync($"{agencies} 130");
        await Expect(opened.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex("^\\s*1 initiative "));
        await Expect(opened.Locator("#scoreboard-ignored")).ToHaveCountAsync(0);
    }
}
