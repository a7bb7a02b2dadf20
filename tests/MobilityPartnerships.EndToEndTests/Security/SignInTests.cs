using System.Net;
using Microsoft.Playwright;
using MobilityPartnerships.Domain.Access;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>Who gets in: anonymous requests are sent to sign in (the API answers 401), repeated wrong passwords lock the account, a deactivated user is refused in an open page.</summary>
[Collection(RunningApp.Name)]
public sealed class SignInTests(AppFixture app)
{
    /// <summary>The one answer to every refused password sign-in.</summary>
    public const string NotSignedIn = "This e-mail and password do not sign you in. Check them and try again; after several wrong passwords an account is locked for a while. If it still fails, ask an administrator.";

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "partnerships")]
    [InlineData("GET", "partnerships/01a20960-0000-7000-8000-000000000000")]
    [InlineData("GET", "initiatives/01a20960-0000-7000-8000-000000000000/edit")]
    [InlineData("GET", "organisations")]
    [InlineData("GET", "users")]
    [InlineData("GET", "no/such/page")]
    [InlineData("POST", "_blazor/negotiate?negotiateVersion=1")]
    [InlineData("POST", "account/sign-out-everywhere")]
    [InlineData("GET", "api/v1/partnerships")]
    [InlineData("GET", "api/v1/initiatives/01a20960-0000-7000-8000-000000000000")]
    [InlineData("GET", "openapi/v1.json")]
    public async Task An_anonymous_request_to_any_page_or_endpoint_is_sent_to_sign_in(string method, string path)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"{method} /{path} answered {(int)response.StatusCode}");
        if (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("openapi/", StringComparison.Ordinal))
        {
            // A program cannot sign in on a page: the API and its document answer 401 rather than redirect.
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Mobility Partnership with", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for()
    {
        await using var context = await app.AnonymousContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("organisations");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sign-in\\?returnUrl=%2Forganisations"));

        await page.FillAsync("#email", AppFixture.Administrator);
        await page.FillAsync("#password", AppFixture.Password);
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Organisations");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("Demo administrator");
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = $"lockout-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(email, "Lockout test", Role.TaskForceMember);
        await using var context = await app.AnonymousContextAsync();
        var page = await context.NewPageAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await AppFixture.SignInAsync(page, email, "Wrong-password-123!");
            await Expect(page.GetByTestId("sign-in-message")).ToHaveTextAsync(NotSignedIn);
        }

        // Locked now: the right password is refused with the same message as a wrong one (nothing tells the states apart).
        await AppFixture.SignInAsync(page, email, "Wrong-password-123!");
        await Expect(page.GetByTestId("sign-in-message")).ToHaveTextAsync(NotSignedIn);
        await AppFixture.SignInAsync(page, email, AppFixture.Password);
        await Expect(page.GetByTestId("sign-in-message")).ToHaveTextAsync(NotSignedIn);
        Assert.Contains("sign-in", page.Url, StringComparison.Ordinal);
        Assert.True(await app.Database.ScalarAsync<bool>("SELECT lockout_end > now() FROM accounts WHERE email = $1", email));
    }

    [Fact]
    public async Task Unknown_e_mail_wrong_password_locked_deactivated_and_invited_accounts_get_the_same_answer()
    {
        var locked = $"locked-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(locked, "Locked", Role.TaskForceMember);
        await app.Database.ExecuteAsync("UPDATE accounts SET lockout_end = now() + interval '1 hour' WHERE email = $1", locked);
        var deactivated = $"deactivated-{Guid.NewGuid():N}@test.example";
        await app.DeactivateAsync(await app.CreateAccountAsync(deactivated, "Deactivated", Role.TaskForceMember));
        var invited = $"invited-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(invited, "Invited", Role.TaskForceMember);
        await app.Database.ExecuteAsync("UPDATE accounts SET password_hash = NULL WHERE email = $1", invited);
        var known = $"known-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(known, "Known", Role.TaskForceMember);
        (string Email, string Password)[] attempts =
        [
            ($"nobody-{Guid.NewGuid():N}@test.example", AppFixture.Password),
            (known, "Wrong-password-123!"),
            (locked, AppFixture.Password),
            (locked, "Wrong-password-123!"),
            (deactivated, AppFixture.Password),
            (invited, AppFixture.Password),
        ];
        await using var context = await app.AnonymousContextAsync();
        var page = await context.NewPageAsync();
        var answers = new List<string>();

        foreach (var (email, password) in attempts)
        {
            await page.GotoAsync("sign-in?returnUrl=%2Forganisations");
            var posted = page.WaitForResponseAsync(r => r.Url.EndsWith("/account/sign-in", StringComparison.Ordinal));
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", password);
            await page.ClickAsync("button[type=submit]");
            var response = await posted;
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            answers.Add($"{response.Status} {response.Headers["location"]} → {page.Url} : {await page.GetByTestId("sign-in-message").TextContentAsync()}");
        }

        Assert.Single(answers.Distinct());
        Assert.EndsWith(NotSignedIn, answers[0], StringComparison.Ordinal);
        Assert.StartsWith("302 ", answers[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_in_an_open_page_within_the_revalidation_interval()
    {
        var email = $"deactivated-{Guid.NewGuid():N}@test.example";
        var id = await app.CreateAccountAsync(email, "Soon deactivated", Role.FocalPoint);
        var page = await app.OpenAsync("partnerships", email);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Partnerships");

        await app.DeactivateAsync(id);

        // The app revalidates every 2 seconds here (Security:RevalidateEvery); the open page loses its user and goes to sign in.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"), new() { Timeout = 20_000 });
        await AppFixture.SignInAsync(page, email, AppFixture.Password);
        await Expect(page.GetByTestId("sign-in-message")).ToHaveTextAsync(NotSignedIn);
    }

    [Fact]
    public async Task Sign_out_needs_the_forms_antiforgery_token_and_sign_out_everywhere_ends_the_other_sessions()
    {
        var email = $"everywhere-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(email, "Two sessions", Role.TaskForceMember);
        var first = await app.OpenAsync("organisations", email);
        await using var secondContext = await app.AnonymousContextAsync();
        var second = await secondContext.NewPageAsync();
        await AppFixture.SignInAsync(second, email, AppFixture.Password);
        await second.GotoAsync("organisations");
        await AppFixture.WaitForInteractivityAsync(second);

        // What a form on another site would send: the session cookie, a form body, no antiforgery token.
        var form = first.Context.APIRequest.CreateFormData();
        form.Set("reason", "forged");
        var forged = await first.Context.APIRequest.PostAsync("account/sign-out-everywhere", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(400, forged.Status);
        await Expect(second.Locator("h1")).ToHaveTextAsync("Organisations");

        await first.GetByTestId("sign-out-everywhere").ClickAsync();
        await Expect(first.GetByTestId("sign-in-message")).ToHaveTextAsync("You are signed out.");
        await Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"), new() { Timeout = 20_000 });
    }
}
