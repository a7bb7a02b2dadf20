using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Dashboards;

[Collection(RunningApp.Name)]
public sealed partial class DashboardTests(AppFixture app)
{
    private const string Rows = "section[aria-labelledby=scoreboard-heading] table tbody tr.mud-table-row";

    [Fact]
    public async Task A_dashboard_figure_opens_the_scoreboard_filtered_to_exactly_its_initiatives()
    {
        var page = await app.OpenAsync("partnerships", "focal.point@mobility-partnerships.example");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Mobility Partnership with the Republic of Moldova" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mobility Partnership with the Republic of Moldova");
        await page.Locator("[data-testid=partnership-dashboard]").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Dashboard");
        await AppFixture.WaitForInteractivityAsync(page);

        var figure = page.Locator("[data-testid=figure-pillar-LegalMigration]");
        var count = int.Parse((await figure.InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        await figure.ClickAsync();

        await Expect(page).ToHaveURLAsync(PillarFilter());
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.Locator("#scoreboard-totals")).ToContainTextAsync($"{count} initiative");

        // The totals and the rows are rendered apart: wait until the rows are as many as the totals say.
        await Expect(page.Locator(Rows)).ToHaveCountAsync(count);
        await Expect(page.Locator("#filter-pillar option:checked")).ToHaveTextAsync("Legal migration");
    }

    [GeneratedRegex("/partnerships/[0-9a-f-]+\\?pillar=LegalMigration$")]
    private static partial Regex PillarFilter();
}
