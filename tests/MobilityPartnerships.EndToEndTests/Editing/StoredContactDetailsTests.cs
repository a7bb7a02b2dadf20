using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Api;
using MobilityPartnerships.EndToEndTests.Languages;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Editing;

/// <summary>
/// An initiative whose contact point holds an address the rule refuses (stored through the API before it refused it,
/// "Eve Mallory &lt;eve@example.org&gt;"): Save used to do nothing but show the browser's own tooltip, in the browser's
/// language, and the form could not be saved. The form leaves no check to the browser: the app's message shows at the
/// field, in the page's language, and once corrected the form saves.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class StoredContactDetailsTests(AppFixture app)
{
    private const string Stored = "Eve Mallory <eve@example.org>";

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task A_stored_address_the_rule_refuses_is_shown_at_its_field_in_the_pages_language_and_saves_once_corrected(string code)
    {
        var language = InLanguage.Of(code);
        var scene = await ApiScene.StoreAsync(app);
        await app.Database.ExecuteAsync("UPDATE initiative_contact_points SET email = $2 WHERE initiative_id = $1", scene.Shared, Stored);
        var page = await language.OpenAsync(app, $"initiatives/{scene.Shared}/edit");
        await AppFixture.WaitForEditorAsync(page);

        var contact = page.GetByTestId("contact-point-0");
        var email = contact.GetByLabel(language.Text("Initiative_Field_ContactEmail"));
        await Expect(email).ToHaveValueAsync(Stored);
        await page.GetByLabel(language.Text("Initiative_Field_Summary")).FillAsync("Changed with a stored address to correct.");
        await page.GetByRole(AriaRole.Button, new() { Name = language.Text("Editing_Save"), Exact = true }).ClickAsync();

        await Expect(contact.GetByText(language.Text("Validation_Email", Stored))).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit$"));
        Assert.Equal("Seasonal jobs with a way home.", await app.Database.ScalarAsync<string>("SELECT summary FROM initiatives WHERE id = $1", scene.Shared));

        await email.FillAsync("eve@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = language.Text("Editing_Save"), Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"initiatives/{scene.Shared}$"));
        Assert.Equal("eve@example.org", await app.Database.ScalarAsync<string>("SELECT email FROM initiative_contact_points WHERE initiative_id = $1", scene.Shared));
    }
}
