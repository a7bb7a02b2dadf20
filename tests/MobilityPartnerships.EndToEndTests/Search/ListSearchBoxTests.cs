using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Search;

/// <summary>
/// The organisations' search box finds a name typed without its accents, as the app's search does: "suede" finds
/// Sweden by its French name "Suède". Before, it listed no organisation.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ListSearchBoxTests(AppFixture app)
{
    [Fact]
    public async Task The_organisations_search_box_finds_a_name_typed_without_its_accents()
    {
        var page = await app.OpenAsync("organisations");
        try
        {
            var rows = page.Locator("table tbody tr");
            await Expect(rows.First).ToBeVisibleAsync();

            await Expect(rows.Filter(new() { HasNotText = "Suède" })).Not.ToHaveCountAsync(0);

            await page.GetByPlaceholder("Search name, short name or country code").FillAsync("suede");

            await Expect(rows.Filter(new() { HasNotText = "Suède" })).ToHaveCountAsync(0);
            await Expect(rows.Filter(new() { HasText = "Suède" })).ToHaveCountAsync(1);
            await Expect(rows.Filter(new() { HasText = "Suède" })).ToContainTextAsync("Sweden");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
