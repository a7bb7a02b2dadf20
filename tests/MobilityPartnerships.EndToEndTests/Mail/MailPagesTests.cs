using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Mail;

/// <summary>
/// The app as run without mail settings (as the shared fixture runs it): the administrators' E-mail page says nothing
/// is sent, nobody else reads it, and "forgot password" says no link can be sent. Sending itself: IntegrationTests' Mail.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class MailPagesTests(AppFixture app)
{
    [Fact]
    public async Task Without_mail_settings_the_administrators_e_mail_page_says_nothing_is_sent()
    {
        var page = await app.OpenAsync("partnerships");
        await page.GetByTestId("nav-mail").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("E-mail sent");
        await Expect(page.GetByTestId("mail-off")).ToContainTextAsync("E-mail is off");
        await Expect(page.GetByTestId("mail-log")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Only_administrators_see_the_record_of_e_mail()
    {
        var page = await app.OpenAsync("mail", "sweden@mobility-partnerships.example");

        await Expect(page.GetByTestId("mail-log")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("nav-mail")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).ToContainTextAsync("You may not manage users.");
    }

    [Fact]
    public async Task Forgot_password_is_offered_at_sign_in_and_says_so_when_no_link_can_be_sent()
    {
        await using var context = await app.AnonymousContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("sign-in");
        await page.GetByTestId("forgot-password").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Forgot your password?");
        await Expect(page.GetByTestId("forgot-message")).ToContainTextAsync("E-mail is not set up here");
    }
}
