using Microsoft.Playwright;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.EndToEndTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security.SingleSignOn;

/// <summary>
/// Single sign-on end to end: a real OpenID Connect provider (oidc-provider, over HTTPS on loopback), the app configured
/// for it, and Chromium going through the redirect, the provider's sign-in, the callback and sign-out.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class SingleSignOnFlowTests(SingleSignOnProvider sso) : IClassFixture<SingleSignOnProvider>
{
    private const string Sweden = "sweden@mobility-partnerships.example";

    [Fact]
    public async Task A_demo_account_is_linked_by_email_signs_in_through_the_provider_and_signing_out_ends_both_sessions()
    {
        var before = await sso.Database.RowsAsync("SELECT id::text FROM accounts WHERE lower(email) = lower($1)", Sweden);
        await using var context = await sso.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInAtProviderAsync(page, "sweden");
        await page.WaitForURLAsync(url => url.StartsWith(sso.App.BaseAddress.ToString(), StringComparison.Ordinal) && !url.Contains("sign-in", StringComparison.Ordinal));
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();

        // The provider's user is the demo account, not a second one; its role and organisation are those the provider states.
        Assert.Equal(before, await sso.Database.RowsAsync("SELECT id::text FROM accounts WHERE lower(email) = lower($1)", Sweden));
        Assert.Equal(
            [$"{Role.MemberStateOfficial}|Sweden"],
            await sso.Database.RowsAsync("SELECT a.role || '|' || o.name FROM accounts a JOIN organisations o ON o.id = a.organisation_id WHERE lower(a.email) = lower($1)", Sweden));
        Assert.Equal(1, await sso.Database.ScalarAsync<long>("SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE lower(a.email) = lower($1) AND s.ended_at IS NULL", Sweden));

        // Signing out ends the app's session and, after the provider asks, the provider's; the user lands on the sign-in page.
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.Issuer, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.App.BaseAddress.ToString(), StringComparison.Ordinal) && url.Contains("sign-in", StringComparison.Ordinal));
        await Expect(page.GetByTestId("sign-in-message")).ToHaveTextAsync("You are signed out.");
        Assert.Equal(0, await sso.Database.ScalarAsync<long>("SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE lower(a.email) = lower($1) AND s.ended_at IS NULL", Sweden));

        await page.GotoAsync("partnerships");
        await page.WaitForURLAsync(url => url.Contains("sign-in", StringComparison.Ordinal));

        // The provider asks who it is again: its session ended too.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in with {SingleSignOnProvider.DisplayName}" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.Issuer, StringComparison.Ordinal));
        await Expect(page.Locator("input[name=login]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_newcomer_with_a_mapped_role_gets_an_account_with_that_role_and_the_country_itself_as_organisation()
    {
        await using var context = await sso.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInAtProviderAsync(page, "newcomer");
        await page.WaitForURLAsync(url => url.StartsWith(sso.App.BaseAddress.ToString(), StringComparison.Ordinal) && !url.Contains("sign-in", StringComparison.Ordinal));
        await Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();

        // "MD" is the code of the Republic of Moldova and of its employment agency: the account belongs to the country.
        Assert.Equal(
            [$"{Role.PartnerCountryOfficial}|Republic of Moldova|oidc"],
            await sso.Database.RowsAsync("SELECT a.role || '|' || o.name || '|' || a.external_provider FROM accounts a JOIN organisations o ON o.id = a.organisation_id WHERE lower(a.email) = 'newcomer@mobility-partnerships.example'"));
    }

    [Fact]
    public async Task A_user_whose_provider_groups_map_to_no_role_gets_no_access_and_a_plain_message()
    {
        const string moldova = "moldova@mobility-partnerships.example";
        var roleBefore = await sso.Database.RowsAsync("SELECT role FROM accounts WHERE email = $1", moldova);
        await using var context = await sso.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                failures.Add($"{response.Status} {response.Url}");
            }
        };

        await SignInAtProviderAsync(page, "moldova");
        await page.WaitForURLAsync(url => url.StartsWith(sso.App.BaseAddress.ToString(), StringComparison.Ordinal) && url.Contains("error=no-role", StringComparison.Ordinal));
        await Expect(page.GetByTestId("sign-in-message")).ToContainTextAsync("none of your groups there gives access to this app");

        await page.GotoAsync("partnerships");
        await page.WaitForURLAsync(url => url.Contains("sign-in", StringComparison.Ordinal));
        Assert.Empty(failures);
        Assert.Equal(roleBefore, await sso.Database.RowsAsync("SELECT role FROM accounts WHERE email = $1", moldova));
        Assert.Equal(0, await sso.Database.ScalarAsync<long>("SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1", moldova));
    }

    [Theory]
    [InlineData("ireland-unchecked", "ireland@mobility-partnerships.example", 1)]
    [InlineData("stranger-unchecked", "stranger@mobility-partnerships.example", 0)]
    public async Task An_email_the_provider_has_not_verified_neither_links_an_account_nor_creates_one(string login, string email, long accounts)
    {
        var before = await sso.Database.RowsAsync("SELECT id::text || '|' || role || '|' || display_name FROM accounts WHERE lower(email) = lower($1)", email);
        Assert.Equal(accounts, before.Count);
        await using var context = await sso.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInAtProviderAsync(page, login);
        await page.WaitForURLAsync(url => url.StartsWith(sso.App.BaseAddress.ToString(), StringComparison.Ordinal) && url.Contains("error=unverified-email", StringComparison.Ordinal));
        await Expect(page.GetByTestId("sign-in-message")).ToContainTextAsync("has not confirmed that this e-mail address is yours");

        await page.GotoAsync("partnerships");
        await page.WaitForURLAsync(url => url.Contains("sign-in", StringComparison.Ordinal));
        Assert.Equal(before, await sso.Database.RowsAsync("SELECT id::text || '|' || role || '|' || display_name FROM accounts WHERE lower(email) = lower($1)", email));
        Assert.Equal(0, await sso.Database.ScalarAsync<long>("SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE lower(a.email) = lower($1)", email));
    }

    /// <summary>From the app's sign-in page through the provider's development sign-in form and consent.</summary>
    private async Task SignInAtProviderAsync(IPage page, string login)
    {
        await page.GotoAsync("sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in with {SingleSignOnProvider.DisplayName}" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(sso.Issuer, StringComparison.Ordinal));

        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }
}
