using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// An open scoreboard follows a navigation that stays on its page (a link to it with other filters, back and forward),
/// and another partnership opened on the same page gets its own filters' choices, not the first one's.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ScoreboardAddressTests(AppFixture app)
{
    [Fact]
    public async Task A_navigation_on_the_open_page_filters_the_scoreboard_and_back_shows_every_row_again()
    {
        var row = (await app.Database.RowsAsync(
            "SELECT p.id || '|' || i.status FROM partnerships p JOIN initiatives i ON i.partnership_id = p.id AND NOT i.is_archived WHERE p.name = 'Mobility Partnership with the Republic of Moldova' GROUP BY p.id, i.status ORDER BY count(*) DESC LIMIT 1"))[0].Split('|');
        var (partnership, status) = (row[0], row[1]);
        var all = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1::uuid AND NOT is_archived", partnership);
        var withStatus = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1::uuid AND NOT is_archived AND status = $2", partnership, status);
        Assert.InRange(withStatus, 1, all - 1);
        var page = await app.OpenAsync($"partnerships/{partnership}");
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{all} initiatives "));

        await page.EvaluateAsync("address => Blazor.navigateTo(address)", $"partnerships/{partnership}?status={status}");

        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{withStatus} initiatives? "));
        await Expect(page.Locator("#filter-status")).ToHaveValueAsync(status);

        await page.GoBackAsync();

        await Expect(page).Not.ToHaveURLAsync(new Regex("status="));
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{all} initiatives "));
        await Expect(page.Locator("#filter-status")).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task A_page_past_the_last_one_shows_the_last_page()
    {
        // "?page=99999" showed "No initiative matches these filters." under "14 initiatives", with a pager reading
        // "999991-14 of 14", in the first render and the interactive one alike.
        var partnership = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
        var all = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1 AND NOT is_archived", partnership);

        var page = await app.OpenAsync($"partnerships/{partnership}?size=10&page=99999");

        var rows = page.Locator("section[aria-labelledby=scoreboard-heading] table tbody tr.mud-table-row");
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{all} initiatives "));
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(page.GetByText("No initiative matches these filters.")).ToHaveCountAsync(0);
        await Expect(page.Locator("p.mud-table-pagination-caption")).ToHaveTextAsync(new Regex($"^\\d+-{all} of {all}$"));

        // The address then names the page shown (it kept "page=99999", and a reload or a shared link asked again).
        var last = (all + 9) / 10;
        await Expect(page).ToHaveURLAsync(new Regex(last > 1 ? $"\\?page={last}&size=10$" : "\\?size=10$"));
    }

    [Fact]
    public async Task Another_partnership_opened_on_the_page_offers_its_own_leads()
    {
        // A lead of Moldova's initiatives who leads none of another partnership's.
        var row = (await app.Database.RowsAsync(
            """
            SELECT m.id || '|' || p.id || '|' || o.id FROM partnerships m
            JOIN partnerships p ON p.id <> m.id AND EXISTS (SELECT 1 FROM initiatives x WHERE x.partnership_id = p.id AND x.lead_organisation_id IS NOT NULL AND NOT x.is_archived)
            JOIN initiatives i ON i.partnership_id = m.id AND NOT i.is_archived
            JOIN organisations o ON o.id = i.lead_organisation_id
            WHERE m.name = 'Mobility Partnership with the Republic of Moldova'
              AND NOT EXISTS (SELECT 1 FROM initiatives y WHERE y.partnership_id = p.id AND y.lead_organisation_id = o.id)
            ORDER BY p.name, o.name LIMIT 1
            """))[0].Split('|', 3);
        var (moldova, other, lead) = (row[0], row[1], row[2]);
        var page = await app.OpenAsync($"partnerships/{moldova}");
        await Expect(page.Locator($"#filter-lead option[value='{lead}']")).ToHaveCountAsync(1);

        await page.EvaluateAsync("address => Blazor.navigateTo(address)", $"partnerships/{other}");

        await Expect(page).ToHaveURLAsync(new Regex(other));
        var otherLeads = await app.Database.RowsAsync(
            "SELECT DISTINCT i.lead_organisation_id::text FROM initiatives i WHERE i.partnership_id = $1::uuid AND i.lead_organisation_id IS NOT NULL AND NOT i.is_archived ORDER BY 1", other);
        await Expect(page.Locator($"#filter-lead option[value='{otherLeads[0]}']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#filter-lead option[value='{lead}']")).ToHaveCountAsync(0);
    }
}
