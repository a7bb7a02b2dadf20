namespace MobilityPartnerships.EndToEndTests.Partnerships;

[Collection(RunningApp.Name)]
public sealed class PartnershipListTests(AppFixture app)
{
    [Fact]
    public async Task The_list_shows_the_demo_partnerships_with_their_signature_dates()
    {
        var page = await app.OpenAsync("partnerships");

        var table = page.Locator("table");
        await Microsoft.Playwright.Assertions.Expect(table).ToContainTextAsync("Mobility Partnership with the Republic of Moldova");
        var text = await table.InnerTextAsync();
        Assert.Contains("Mobility Partnership with Georgia", text, StringComparison.Ordinal);
        Assert.Contains("Mobility Partnership with the Republic of Cape Verde", text, StringComparison.Ordinal);
        Assert.Contains("Mobility Partnership with Senegal", text, StringComparison.Ordinal);
        Assert.Contains("5 June 2008", text, StringComparison.Ordinal);
        Assert.Contains("30 November 2009", text, StringComparison.Ordinal);
        Assert.Equal("Partnerships · Mobility Partnerships", await page.TitleAsync());
    }

    [Fact]
    public async Task The_Council_is_shown_with_the_Presidency_of_the_day_it_signed()
    {
        var page = await app.OpenAsync("partnerships");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Mobility Partnership with Georgia" }).ClickAsync();
        await AppFixture.WaitForInteractivityAsync(page);

        await Microsoft.Playwright.Assertions.Expect(page.Locator("section[aria-labelledby=signatories-heading]")).ToContainTextAsync("Presidency held by Sweden");

        // Each status change shows its own source; the partnership's own is said as such, not as a bare "Source:".
        var history = page.Locator("section[aria-labelledby=history-heading]");
        await Microsoft.Playwright.Assertions.Expect(history.GetByTestId("status-change").First).ToContainTextAsync("Source: ");
        await Microsoft.Playwright.Assertions.Expect(history.GetByTestId("partnership-source")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^The partnership's details come from: .+"));
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var client = app.CreateClient();

        Assert.True((await client.GetAsync(new Uri("health/live", UriKind.Relative), TestContext.Current.CancellationToken)).IsSuccessStatusCode);
        Assert.True((await client.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_not_found_page()
    {
        var page = await app.OpenAsync("no/such/page");

        await Microsoft.Playwright.Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
    }

    [Theory]
    [InlineData("partnerships/01a20960-0000-7000-8000-000000000000")]
    [InlineData("initiatives/01a20960-0000-7000-8000-000000000000")]
    public async Task An_unknown_partnership_or_initiative_answers_404_with_the_not_found_page(string path)
    {
        await using var signedIn = await app.NewContextAsync();

        var response = await signedIn.APIRequest.GetAsync(path);

        Assert.Equal(404, response.Status);
        Assert.Contains("Page not found", await response.TextAsync(), StringComparison.Ordinal);
    }
}
