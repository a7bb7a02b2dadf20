using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Editing;

/// <summary>
/// What is typed in the initiative form is kept in the browser's session storage: a page loaded again (as after its
/// instance stopped and another answered) offers it back, and a save forgets it.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class UnsavedDraftTests(AppFixture app)
{
    private const string Title = "Support to the Cape Verdean health system";

    [Fact]
    public async Task Typed_changes_are_offered_back_after_the_page_is_loaded_again_and_forgotten_once_saved()
    {
        var id = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE title = $1", Title);
        var page = await app.OpenAsync($"initiatives/{id}/edit");
        await AppFixture.WaitForEditorAsync(page);
        await Expect(page.GetByTestId("draft-offer")).Not.ToBeVisibleAsync();

        await page.GetByLabel("Location").FillAsync("Praia and Mindelo");
        await page.WaitForFunctionAsync("() => Object.keys(sessionStorage).some(k => k.startsWith('mp-draft:initiative:') && sessionStorage.getItem(k).includes('Praia and Mindelo'))");

        // A new page, as the reconnect handler loads when the server no longer knows the old one.
        await page.ReloadAsync();
        await AppFixture.WaitForEditorAsync(page);
        await Expect(page.GetByLabel("Location")).Not.ToHaveValueAsync("Praia and Mindelo");
        await Expect(page.GetByTestId("draft-offer")).ToContainTextAsync("Unsaved changes from before the connection was lost");
        await page.GetByTestId("draft-restore").ClickAsync();
        await Expect(page.GetByLabel("Location")).ToHaveValueAsync("Praia and Mindelo");
        await Expect(page.GetByTestId("draft-offer")).Not.ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"initiatives/{id}$"));
        Assert.Equal("Praia and Mindelo", await app.Database.ScalarAsync<string>("SELECT location FROM initiatives WHERE id = $1", id));
        Assert.False(await page.EvaluateAsync<bool>("() => Object.keys(sessionStorage).some(k => k.startsWith('mp-draft:'))"));
    }

    [Fact]
    public async Task A_discarded_draft_is_not_offered_again()
    {
        var id = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE title = $1", "Sea patrolling and rescue off Cape Verde");
        var page = await app.OpenAsync($"initiatives/{id}/edit");
        await AppFixture.WaitForEditorAsync(page);
        await page.GetByLabel("Location").FillAsync("Sal");
        await page.WaitForFunctionAsync("() => Object.keys(sessionStorage).some(k => k.startsWith('mp-draft:initiative:') && sessionStorage.getItem(k).includes('\"Sal\"'))");

        await page.ReloadAsync();
        await AppFixture.WaitForEditorAsync(page);
        await page.GetByTestId("draft-discard").ClickAsync();
        await Expect(page.GetByTestId("draft-offer")).Not.ToBeVisibleAsync();

        await page.ReloadAsync();
        await AppFixture.WaitForEditorAsync(page);
        await Expect(page.GetByTestId("draft-offer")).Not.ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => Object.keys(sessionStorage).some(k => k.startsWith('mp-draft:'))"));
    }
}
