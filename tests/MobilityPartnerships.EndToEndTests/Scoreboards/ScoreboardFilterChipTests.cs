using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>The scoreboard opened from a commitment or a priority shows that filter as a chip, and clearing the chip shows every row again.</summary>
[Collection(RunningApp.Name)]
public sealed class ScoreboardFilterChipTests(AppFixture app)
{
    private const string Rows = "section[aria-labelledby=scoreboard-heading] table tbody tr.mud-table-row";

    [Fact]
    public async Task The_scoreboard_opened_from_a_commitment_shows_it_as_a_chip_that_clears_it()
    {
        var commitment = (await app.Database.RowsAsync(
            "SELECT c.id || '|' || c.partnership_id || '|' || c.text FROM commitments c WHERE (SELECT count(*) FROM initiatives i WHERE i.commitment_id = c.id AND NOT i.is_archived) BETWEEN 1 AND 20 ORDER BY c.position LIMIT 1"))[0].Split('|', 3);
        var (id, partnership, text) = (commitment[0], commitment[1], commitment[2]);
        var linked = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE commitment_id = $1::uuid AND NOT is_archived", id);
        var all = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1::uuid AND NOT is_archived", partnership);
        Assert.True(all > linked);
        var page = await app.OpenAsync($"partnerships/{partnership}/commitments");

        await page.Locator($"a[href*='commitment={id}']").First.ClickAsync();

        var chip = page.GetByTestId("filter-chip-commitment");
        await Expect(chip).ToHaveTextAsync($"Commitment: {text}");
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{linked} initiatives? "));
        await chip.Locator(".mud-chip-close-button").ClickAsync();

        await Expect(chip).ToHaveCountAsync(0);
        await Expect(page).Not.ToHaveURLAsync(new Regex("commitment="));
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(new Regex($"^\\s*{all} initiatives "));
    }

    [Fact]
    public async Task The_scoreboard_opened_for_a_priority_shows_it_as_a_chip_that_clears_it()
    {
        var row = (await app.Database.RowsAsync("SELECT p.id || '|' || p.priorities[1] FROM partnerships p WHERE cardinality(p.priorities) > 0 ORDER BY p.name LIMIT 1"))[0].Split('|', 2);
        var (partnership, priority) = (row[0], row[1]);
        var page = await app.OpenAsync($"partnerships/{partnership}?priority={Uri.EscapeDataString(priority)}");

        var chip = page.GetByTestId("filter-chip-priority");
        await Expect(chip).ToHaveTextAsync($"Priority: {priority}");
        await chip.Locator(".mud-chip-close-button").ClickAsync();

        await Expect(chip).ToHaveCountAsync(0);
        await Expect(page).Not.ToHaveURLAsync(new Regex("priority="));
    }

    [Fact]
    public async Task Clear_filters_clears_a_commitment_too()
    {
        var commitment = (await app.Database.RowsAsync("SELECT c.id || '|' || c.partnership_id FROM commitments c ORDER BY c.position LIMIT 1"))[0].Split('|');
        var page = await app.OpenAsync($"partnerships/{commitment[1]}?commitment={commitment[0]}");
        await Expect(page.GetByTestId("filter-chip-commitment")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();

        await Expect(page.GetByTestId("filter-chip-commitment")).ToHaveCountAsync(0);
        await Expect(page).Not.ToHaveURLAsync(new Regex("commitment="));
    }
}
