using System.Net;
using Microsoft.Playwright;
using MobilityPartnerships.Domain.Access;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>
/// Sessions live in the database: once signed out (here or everywhere), a session's cookie — a copy included — is
/// refused at once by pages (sent to sign in) and by the API (401), not after the revalidation interval.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class SessionTests(AppFixture app)
{
    [Fact]
    public async Task A_copied_cookie_is_refused_by_pages_and_the_api_as_soon_as_its_session_signs_out()
    {
        var email = $"copied-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(email, "Copied cookie", Role.FocalPoint);
        await using var context = await app.AnonymousContextAsync();
        var page = await SignedInPageAsync(context, email);
        using var copy = await CopyOfCookiesAsync(context);
        await AssertAcceptedAsync(copy);

        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("sign-in-message")).ToHaveTextAsync("You are signed out.");

        await AssertRefusedAsync(copy);
        Assert.Equal(1L, await app.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1 AND s.ended_at IS NOT NULL", email));
    }

    [Fact]
    public async Task Sign_out_everywhere_from_one_browser_ends_another_browsers_session_at_once()
    {
        var email = $"two-browsers-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(email, "Two browsers", Role.FocalPoint);
        await using var first = await app.AnonymousContextAsync();
        await using var second = await app.AnonymousContextAsync();
        var firstPage = await SignedInPageAsync(first, email);
        var secondPage = await SignedInPageAsync(second, email);
        using var secondsCookie = await CopyOfCookiesAsync(second);
        await AssertAcceptedAsync(secondsCookie);

        await firstPage.GetByTestId("sign-out-everywhere").ClickAsync();
        await Expect(firstPage.GetByTestId("sign-in-message")).ToHaveTextAsync("You are signed out.");

        // The other browser's open page goes to the sign-in page at once, and says why.
        await Expect(secondPage.GetByTestId("sign-in-message")).ToHaveTextAsync("You are signed out.");

        await AssertRefusedAsync(secondsCookie);
        Assert.Equal(0L, await app.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1 AND s.ended_at IS NULL", email));
    }

    [Fact]
    public async Task Signing_out_one_session_leaves_the_accounts_other_sessions_open()
    {
        var email = $"one-of-two-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(email, "One of two", Role.FocalPoint);
        await using var first = await app.AnonymousContextAsync();
        await using var second = await app.AnonymousContextAsync();
        var firstPage = await SignedInPageAsync(first, email);
        await SignedInPageAsync(second, email);
        using var secondsCookie = await CopyOfCookiesAsync(second);

        await firstPage.GetByTestId("sign-out").ClickAsync();
        await Expect(firstPage.GetByTestId("sign-in-message")).ToHaveTextAsync("You are signed out.");

        await AssertAcceptedAsync(secondsCookie);
    }

    private static async Task<IPage> SignedInPageAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await AppFixture.SignInAsync(page, email, AppFixture.Password);
        await page.GotoAsync("organisations");
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Organisations");
        return page;
    }

    /// <summary>A program holding a copy of the browser's cookies; it follows no redirects.</summary>
    private async Task<HttpClient> CopyOfCookiesAsync(IBrowserContext context)
    {
        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "mp.session");
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        return client;
    }

    private static async Task AssertAcceptedAsync(HttpClient client)
    {
        using var page = await client.GetAsync(new Uri("organisations", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var api = await client.GetAsync(new Uri("api/v1/partnerships", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpClient client)
    {
        using var page = await client.GetAsync(new Uri("organisations", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/sign-in", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var api = await client.GetAsync(new Uri("api/v1/partnerships", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
