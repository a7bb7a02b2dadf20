using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

[Collection(RunningApp.Name)]
public sealed class ScoreboardTests(AppFixture app)
{
    private const string Grid = "section[aria-labelledby=scoreboard-heading] table";
    private const string Rows = Grid + " tbody tr.mud-table-row";

    [Fact]
    public async Task Moldovas_scoreboard_shows_its_initiatives_and_a_pillar_filter_narrows_them()
    {
        var page = await OpenMoldovaAsync();
        await Expect(page.Locator(Rows).First).ToBeVisibleAsync();
        var all = await page.Locator(Rows).CountAsync();
        await Expect(page.Locator("#scoreboard-totals")).ToContainTextAsync($"{all} initiatives");
        Assert.Contains("Strengthening the Moldovan capacity", await page.Locator(Grid).InnerTextAsync(), StringComparison.Ordinal);

        await ChooseAsync(page, "filter-pillar", "Illegal migration");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("pillar=IllegalMigration"));
        await Expect(page.Locator("#scoreboard-totals")).Not.ToContainTextAsync($"{all} initiatives");

        // The totals and the rows are rendered apart: wait until the rows are as many as the totals say before reading them.
        var totals = await page.Locator("#scoreboard-totals").InnerTextAsync();
        var filtered = int.Parse(System.Text.RegularExpressions.Regex.Match(totals, @"(\d+) initiatives?").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.Locator(Rows)).ToHaveCountAsync(filtered);
        Assert.InRange(filtered, 1, all - 1);
        var pillars = await page.Locator(Rows).Locator("td:nth-child(3)").AllInnerTextsAsync();
        Assert.All(pillars, text => Assert.Equal("Illegal migration", text.Trim()));
    }

    [Fact]
    public async Task A_shared_link_shows_the_same_filtered_view()
    {
        var page = await OpenMoldovaAsync();
        await Expect(page.Locator(Rows).First).ToBeVisibleAsync();
        var unfiltered = await page.Locator("#scoreboard-totals").InnerTextAsync();
        await ChooseAsync(page, "filter-pillar", "Legal migration");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("pillar=LegalMigration"));
        await Expect(page.Locator("#scoreboard-totals")).Not.ToHaveTextAsync(unfiltered);
        var totals = await page.Locator("#scoreboard-totals").InnerTextAsync();

        var other = await (await app.NewContextAsync()).NewPageAsync();
        await other.GotoAsync(page.Url);
        await AppFixture.WaitForInteractivityAsync(other);

        await Expect(other.Locator("#scoreboard-totals")).ToHaveTextAsync(totals);
        await Expect(other.Locator("#filter-pillar option:checked")).ToHaveTextAsync("Legal migration");
    }

    [Fact]
    public async Task A_filter_is_found_by_its_label_and_its_first_choice_clears_it()
    {
        var page = await OpenMoldovaAsync();
        await Expect(page.Locator(Rows).First).ToBeVisibleAsync();
        var unfiltered = await page.Locator("#scoreboard-totals").InnerTextAsync();
        var status = page.GetByLabel("Status", new() { Exact = true });
        await Expect(status).ToHaveAttributeAsync("id", "filter-status");
        await Expect(status.Locator("option:checked")).ToHaveTextAsync("All");

        await status.SelectOptionAsync(new SelectOptionValue { Label = "Ongoing" });
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=Ongoing"));
        await Expect(page.Locator("#scoreboard-totals")).Not.ToHaveTextAsync(unfiltered);

        await status.SelectOptionAsync(new SelectOptionValue { Label = "All" });
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(unfiltered);
        Assert.DoesNotContain("status=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_group_by_pillar_switch_groups_the_rows_and_the_address_keeps_it()
    {
        var page = await OpenMoldovaAsync();
        await Expect(page.Locator(Rows).First).ToBeVisibleAsync();
        var grouping = page.GetByRole(AriaRole.Switch, new() { Name = "Group by pillar" });
        await Expect(grouping).Not.ToBeCheckedAsync();

        await grouping.CheckAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("group=pillar"));
        await Expect(grouping).ToBeCheckedAsync();
        await Expect(page.Locator(".scoreboard-group").First).ToBeVisibleAsync();

        await grouping.UncheckAsync();
        await Expect(page.Locator(".scoreboard-group")).ToHaveCountAsync(0);
        Assert.DoesNotContain("group=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_opens_the_initiatives_page()
    {
        var page = await OpenMoldovaAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Strengthening the Moldovan capacity to manage labour and return migration within the framework of the mobility partnership with the EU" }).ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("Strengthening the Moldovan capacity");
        await Expect(page.Locator("dl")).ToContainTextAsync("Sweden");
    }

    [Fact]
    public async Task An_address_with_values_it_does_not_understand_says_so_and_shows_the_whole_scoreboard()
    {
        var page = await OpenMoldovaAsync();
        await Expect(page.Locator(Rows).First).ToBeVisibleAsync();
        var all = await page.Locator("#scoreboard-totals").InnerTextAsync();

        await page.GotoAsync(page.Url + "?pillar=Nonsense&size=7");
        await AppFixture.WaitForInteractivityAsync(page);

        await Expect(page.Locator("#scoreboard-ignored")).ToContainTextAsync("pillar=Nonsense");
        await Expect(page.Locator("#scoreboard-ignored")).ToContainTextAsync("size=7");
        await Expect(page.Locator("#scoreboard-totals")).ToHaveTextAsync(all);
    }

    private async Task<IPage> OpenMoldovaAsync()
    {
        var page = await app.OpenAsync("partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mobility Partnership with the Republic of Moldova" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mobility Partnership with the Republic of Moldova");
        await AppFixture.WaitForInteractivityAsync(page);
        return page;
    }

    /// <summary>Chooses in a filter (the browser's own select) the option the user reads.</summary>
    private static async Task ChooseAsync(IPage page, string inputId, string option) =>
        await page.Locator($"#{inputId}").SelectOptionAsync(new SelectOptionValue { Label = option });
}
