using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Languages;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Partnerships;

/// <summary>
/// A click on a header of the partnership list sorts it by that column, a second click the other way: names in the
/// reader's order, kinds by the name shown in the page's language. Before, the template columns ignored their sort
/// keys and a click did nothing.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class PartnershipListSortingTests(AppFixture app)
{
    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_name_and_kind_headers_sort_the_list_both_ways(string code)
    {
        var language = InLanguage.Of(code);
        var order = StringComparer.Create(language.Culture, CompareOptions.None);
        var page = await language.OpenAsync(app, "partnerships");
        try
        {
            var names = page.Locator("table tbody tr td:nth-child(1) a");
            await Expect(names.First).ToBeVisibleAsync();
            var shown = await names.AllInnerTextsAsync();

            await HeaderAsync(page, language.Text("Partnerships_Partnership")).ClickAsync();
            await Expect(names).ToHaveTextAsync([.. shown.Order(order)]);
            await HeaderAsync(page, language.Text("Partnerships_Partnership")).ClickAsync();
            await Expect(names).ToHaveTextAsync([.. shown.OrderDescending(order)]);

            var kinds = page.Locator("table tbody tr td:nth-child(3)");
            var kindsShown = await kinds.AllInnerTextsAsync();
            await HeaderAsync(page, language.Text("Partnerships_Kind")).ClickAsync();
            await Expect(kinds).ToHaveTextAsync([.. kindsShown.Order(order)]);
            await HeaderAsync(page, language.Text("Partnerships_Kind")).ClickAsync();
            await Expect(kinds).ToHaveTextAsync([.. kindsShown.OrderDescending(order)]);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public static TheoryData<string> Languages => [.. InLanguage.Codes];

    private static ILocator HeaderAsync(IPage page, string title) =>
        page.Locator("th .sortable-column-header").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(title)}$") });
}
