using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>The headers every response carries, and pages that work under them without a single violation.</summary>
[Collection(RunningApp.Name)]
public sealed class SecurityHeadersTests(AppFixture app)
{
    [Fact]
    public async Task The_content_security_policy_allows_no_inline_script_or_eval_and_no_framing()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("sign-in", UriKind.Relative), TestContext.Current.CancellationToken);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSource = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scriptSource, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scriptSource, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_work_under_the_policy_without_a_violation()
    {
        var violations = new List<string>();
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync("partnerships");
        await AppFixture.WaitForInteractivityAsync(page);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Mobility Partnership with Georgia" }).ClickAsync();
        await Expect(page.Locator("#scoreboard-totals")).ToBeVisibleAsync();
        await page.Locator("table tbody tr.mud-table-row a").First.ClickAsync();
        await Expect(page.Locator("dl")).ToBeVisibleAsync();

        Assert.Empty(violations);
    }
}
