using System.Globalization;
using Microsoft.Playwright;
using MobilityPartnerships.Domain.Access;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Languages;

/// <summary>
/// The language follows the user's choice in the top bar (kept on the account, so it follows them to another browser),
/// else the browser's Accept-Language, else English; the page's lang, dates and amounts follow it.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class LanguageSwitchTests(AppFixture app)
{
    [Fact]
    public async Task An_English_user_switches_to_French_and_finds_it_again_after_signing_in_elsewhere()
    {
        var email = $"language-{Guid.NewGuid():N}@mobility-partnerships.example";
        await app.CreateAccountAsync(email, "Camille Martin", Role.Administrator);
        var funded = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name LIKE 'EC-funded projects on legal and circular migration%'");
        var initiative = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE title = 'An integrated approach to promoting legal migration through national capacity building'");
        var known = await app.Database.ScalarAsync<decimal?>("""
            SELECT sum(f.total_budget) FROM funding_lines f JOIN initiatives i ON i.id = f.initiative_id
            WHERE i.partnership_id = $1 AND NOT i.is_archived
            """, funded);
        Assert.NotNull(known);

        await using var first = await app.AnonymousContextAsync();
        var page = await first.NewPageAsync();
        await AppFixture.SignInAsync(page, email, AppFixture.Password);
        await page.GotoAsync("partnerships");
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("table")).ToContainTextAsync("30 November 2009");

        await page.GetByTestId("language-fr").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AppFixture.WaitForInteractivityAsync(page);

        // Back on the same page, in French: its lang, its dates, and the top bar offers English.
        Assert.EndsWith("/partnerships", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("table")).ToContainTextAsync("30 novembre 2009");
        await Expect(page.GetByTestId("language-en")).ToHaveTextAsync("English");

        // Amounts the French way ("971 747,00 €"), and MudBlazor's own pager in French, on the interactive page too.
        var french = CultureInfo.GetCultureInfo("fr");
        await page.GotoAsync($"initiatives/{initiative}");
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.Locator("main")).ToContainTextAsync($"971{french.NumberFormat.NumberGroupSeparator}747,00\u00a0€");
        await page.GotoAsync($"partnerships/{funded}");
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.Locator("#scoreboard-totals")).ToContainTextAsync(known.Value.ToString("N2", french) + "\u00a0€");
        await Expect(page.Locator(".mud-table-pagination").Last).ToContainTextAsync(" sur ");

        // Signed out, and in a browser that never chose (and asks for English): the account's choice comes back at sign-in.
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("sign-in", StringComparison.Ordinal));
        await using var second = await app.AnonymousContextAsync();
        var elsewhere = await second.NewPageAsync();
        await elsewhere.GotoAsync("sign-in");
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await AppFixture.SignInAsync(elsewhere, email, AppFixture.Password);
        await elsewhere.GotoAsync("partnerships");
        await AppFixture.WaitForInteractivityAsync(elsewhere);
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(elsewhere.Locator("table")).ToContainTextAsync("30 novembre 2009");
    }

    /// <summary>
    /// An account with no language (invited before invitations chose one) keeps the one it first signs in with, so the
    /// mail it is sent speaks it; a later sign-in from a browser asking for another keeps the account's.
    /// </summary>
    [Fact]
    public async Task An_account_without_a_language_keeps_the_one_it_first_signs_in_with()
    {
        var email = $"first-language-{Guid.NewGuid():N}@mobility-partnerships.example";
        var account = await app.CreateAccountAsync(email, "Amélie Roux", Role.TaskForceMember);
        await app.Database.ExecuteAsync("UPDATE accounts SET language = NULL WHERE id = $1", account);

        await using (var french = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "fr-FR" }))
        {
            var page = await french.NewPageAsync();
            await AppFixture.SignInAsync(page, email, AppFixture.Password);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        }

        Assert.Equal("fr", await app.Database.ScalarAsync<string>("SELECT language FROM accounts WHERE id = $1", account));

        await using var english = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "en-US" });
        var other = await english.NewPageAsync();
        await AppFixture.SignInAsync(other, email, AppFixture.Password);
        Assert.Equal("fr", await app.Database.ScalarAsync<string>("SELECT language FROM accounts WHERE id = $1", account));
        await Expect(other.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }

    [Fact]
    public async Task A_browser_that_asks_for_French_gets_the_sign_in_page_in_French_and_one_that_asks_for_English_in_English()
    {
        await using var french = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "fr-FR" });
        var page = await french.NewPageAsync();
        await page.GotoAsync("sign-in");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");
        await Expect(page.GetByTestId("language-en")).ToHaveValueAsync("English");

        await using var english = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "en-US" });
        var other = await english.NewPageAsync();
        await other.GotoAsync("sign-in");
        await Expect(other.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task Before_signing_in_the_switch_sets_the_language_of_the_sign_in_forgotten_password_and_invitation_pages()
    {
        await using var context = await app.AnonymousContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("sign-in");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");

        await page.GetByTestId("language-fr").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");
        Assert.EndsWith("/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(await context.CookiesAsync(), cookie => cookie.Name == ".AspNetCore.Culture" && Uri.UnescapeDataString(cookie.Value) == "c=fr|uic=fr");

        // The cookie holds for the other pages a user reaches before signing in.
        await page.GotoAsync("account/forgot-password");
        await Expect(page.Locator("h1")).ToContainTextAsync("Mot de passe oublié");

        // On an invitation's page the switch keeps the link (its account and token) intact.
        var user = Guid.NewGuid();
        await page.GotoAsync($"account/accept-invitation?user={user}&token=abc");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Définissez votre mot de passe");
        await page.GetByTestId("language-en").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Set your password");
        Assert.Contains($"user={user}&token=abc", page.Url, StringComparison.Ordinal);
    }
}
