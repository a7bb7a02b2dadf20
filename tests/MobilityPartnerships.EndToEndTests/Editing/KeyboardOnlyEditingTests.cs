using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Languages;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Editing;

/// <summary>
/// An initiative edited with the keyboard alone: Tab, Enter, Space, the arrows and Escape reach and work every control
/// on the way (the skip link, a text field, the month pickers, Save), and the save is announced to screen readers; in
/// English and in French (month names, labels and the announcement in the user's language).
/// </summary>
[Collection(RunningApp.Name)]
public sealed partial class KeyboardOnlyEditingTests(AppFixture app)
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task An_initiative_is_edited_and_its_period_set_with_the_keyboard_alone(string code)
    {
        var language = InLanguage.Of(code);
        var culture = language.Culture;
        // An initiative whose start month can move one month on and whose end month three, in the same year.
        var rows = await app.Database.RowsAsync(
            "SELECT concat_ws('|', id, to_char(period_start_month, 'YYYY-MM-DD'), to_char(period_end_month, 'YYYY-MM-DD')) FROM initiatives " +
            "WHERE period_start_month IS NOT NULL AND period_end_month IS NOT NULL AND extract(month FROM period_start_month) <= 11 " +
            "AND extract(month FROM period_end_month) <= 9 AND period_end_month > period_start_month AND NOT is_archived ORDER BY title DESC LIMIT 1");
        var parts = Assert.Single(rows).Split('|');
        var id = Guid.Parse(parts[0]);
        var start = DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var newStart = start.AddMonths(1);
        var newEnd = end.AddMonths(3);

        var page = await language.OpenAsync(app, $"initiatives/{id}/edit");
        await AppFixture.WaitForEditorAsync(page);

        // The skip link is the page's first focusable element; reached (backwards from wherever the page put the focus),
        // it shows, and takes the keyboard past the top bar and the navigation.
        var skip = page.GetByTestId("skip-link");
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\\'-1\\'])') === document.querySelector('[data-testid=skip-link]')"),
            "The skip link is not the first focusable element of the page.");
        await TabToAsync(page, skip, backwards: true);
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main")).ToBeFocusedAsync();

        var title = page.GetByLabel(language.Text("Initiative_Field_Title"), new() { Exact = true });
        await TabToAsync(page, title);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Edited from the keyboard");

        // Start month: open its picker with Enter, move one month on with an arrow, choose with Enter.
        var startField = page.GetByLabel(language.Text("Initiative_Field_StartMonth"), new() { Exact = true });
        var startButton = page.Locator(".date-field", new() { Has = startField }).GetByRole(AriaRole.Button, new() { Name = language.Text("DateField_ChooseMonth"), Exact = true });
        await TabToAsync(page, startButton);
        await page.Keyboard.PressAsync("Enter");
        var panel = page.GetByTestId("date-field-panel");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = start.ToString("MMMM", culture) })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = newStart.ToString("MMMM", culture) })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(startField).ToBeFocusedAsync();
        await Expect(startField).ToHaveValueAsync(newStart.ToString("MMMM yyyy", culture));

        // End month: Escape closes the picker and gives focus back to the field; opened again, a row down and Space.
        var endField = page.GetByLabel(language.Text("Initiative_Field_EndMonth"), new() { Exact = true });
        var endButton = page.Locator(".date-field", new() { Has = endField }).GetByRole(AriaRole.Button, new() { Name = language.Text("DateField_ChooseMonth"), Exact = true });
        await TabToAsync(page, endButton);
        await page.Keyboard.PressAsync("Space");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = end.ToString("MMMM", culture) })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(endField).ToBeFocusedAsync();
        await Expect(endField).ToHaveValueAsync(end.ToString("MMMM yyyy", culture));
        await TabToAsync(page, endButton);
        await page.Keyboard.PressAsync("Enter");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = end.ToString("MMMM", culture) })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = newEnd.ToString("MMMM", culture) })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(endField).ToBeFocusedAsync();
        await Expect(endField).ToHaveValueAsync(newEnd.ToString("MMMM yyyy", culture));

        // A duration that no longer matches the period would be refused: emptied, from the keyboard too.
        var duration = page.GetByLabel(language.Text("Initiative_Field_DurationMonths"));
        await TabToAsync(page, duration);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = language.Text("Editing_Save"), Exact = true }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex($"initiatives/{id}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Edited from the keyboard");
        await Expect(page.Locator("main")).ToContainTextAsync(newStart.ToString("MMMM yyyy", culture));
        await Expect(page.Locator("main")).ToContainTextAsync(newEnd.ToString("MMMM yyyy", culture));
        await Expect(page.GetByTestId("announcements")).ToHaveAttributeAsync("role", "status");
        await Expect(page.GetByTestId("announcements")).ToContainTextAsync(language.Text("Editing_Saved"));
        Assert.Equal(newStart, await app.Database.ScalarAsync<DateOnly>("SELECT period_start_month FROM initiatives WHERE id = $1", id));
        Assert.Equal(newEnd, await app.Database.ScalarAsync<DateOnly>("SELECT period_end_month FROM initiatives WHERE id = $1", id));
        Assert.Equal("Edited from the keyboard", await app.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", id));
    }

    /// <summary>Presses Tab until the control has focus; fails if it is not reached within a bounded number of presses.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, bool backwards = false, int atMost = 200)
    {
        for (var i = 0; i < atMost; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"Not reached with {atMost} presses of Tab: {target}");
    }
}
