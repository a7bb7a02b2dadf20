using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.EndToEndTests.Api;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>The tokens page in the browser: reached from the account menu, a token created and shown once, used, revoked.</summary>
[Collection(RunningApp.Name)]
public sealed class TokensPageTests(AppFixture app)
{
    [Fact]
    public async Task A_token_is_created_shown_once_used_by_a_program_and_revoked()
    {
        var email = $"token-page-{Guid.NewGuid():N}@test.example";
        await app.CreateAccountAsync(email, "Token page user", Role.TaskForceMember);
        var page = await app.OpenAsync("partnerships", email);

        await page.GetByTestId("tokens-link").ClickAsync();
        await page.WaitForURLAsync("**/account/tokens");
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("no-tokens")).ToBeVisibleAsync();

        // No name: refused at the field, nothing created.
        await page.GetByTestId("create-token").ClickAsync();
        await Expect(page.GetByText("Give the token a name, to tell it apart from your others.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("no-tokens")).ToBeVisibleAsync();

        await page.Locator("#token-name").FillAsync("Power BI at the ministry");
        await page.GetByLabel("Permission").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Read and write" }).ClickAsync();
        await page.GetByTestId("create-token").ClickAsync();

        var secretField = page.Locator("#token-secret");
        await Expect(secretField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^mpt_[A-Za-z0-9_-]{43}$"));
        var secret = await secretField.InputValueAsync();
        var row = page.GetByTestId("token-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("token-name")).ToHaveTextAsync("Power BI at the ministry");
        await Expect(row).ToContainTextAsync("Read and write");
        await Expect(row.GetByTestId("token-last-used")).ToHaveTextAsync("Never");
        await Expect(row).ToContainTextAsync(secret[..12]);

        using var program = app.AnonymousClient();
        program.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await program.GetRawAsync("api/v1/partnerships")).Status);

        // Shown once: after a reload the secret is nowhere on the page; the token's last use is.
        await page.ReloadAsync();
        await AppFixture.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("token-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("token-created")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        await Expect(page.GetByTestId("token-last-used")).Not.ToHaveTextAsync("Never");

        await page.GetByTestId("revoke-token").ClickAsync();
        await Expect(page.GetByTestId("token-state")).ToContainTextAsync("Revoked");
        await Expect(page.GetByTestId("revoke-token")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetRawAsync("api/v1/partnerships")).Status);
    }
}
