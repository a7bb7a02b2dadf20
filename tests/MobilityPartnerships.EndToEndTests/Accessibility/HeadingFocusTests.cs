using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Accessibility;

/// <summary>
/// After a navigation the page's heading takes the focus (a screen reader announces the new page), but never from a
/// control of the new page the user has already focused: on a loaded machine the heading's turn came after the user
/// pressed "Add an organisation", and closing its dialog left the focus on the heading instead of the button.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class HeadingFocusTests(AppFixture app)
{
    [Fact]
    public async Task A_page_opened_or_reached_from_the_menu_puts_the_focus_on_its_heading()
    {
        var context = await app.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("organisations");
            await AppFixture.WaitForInteractivityAsync(page);
            await Expect(page.Locator("h1")).ToBeFocusedAsync();

            await page.GetByTestId("nav-meetings").ClickAsync();
            await page.WaitForURLAsync("**/meetings");
            await Expect(page.Locator("h1")).ToBeFocusedAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_heading_s_late_turn_leaves_the_focus_where_the_user_put_it()
    {
        var context = await app.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("organisations");
            await AppFixture.WaitForInteractivityAsync(page);
            var add = page.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" });
            await add.FocusAsync();

            // What the server asks the browser once the new page is rendered, arriving after the user's focus.
            await page.EvaluateAsync("() => window.mobilityPartnerships.focusHeading('h1')");
            await Expect(add).ToBeFocusedAsync();

            // With the focus nowhere (on the page's body), the heading takes it.
            await page.EvaluateAsync("() => document.activeElement.blur()");
            await page.EvaluateAsync("() => window.mobilityPartnerships.focusHeading('h1')");
            await Expect(page.Locator("h1")).ToBeFocusedAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
