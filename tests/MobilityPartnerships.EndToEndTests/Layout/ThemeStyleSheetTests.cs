using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Layout;

/// <summary>
/// The theme's colours and fonts come in a style sheet of their own, which a browser keeps, and no longer inside every
/// page: a page is some 11,600 characters lighter and the server does not write them again at each request.
/// </summary>
[Collection(RunningApp.Name)]
public sealed partial class ThemeStyleSheetTests(AppFixture app)
{
    [Fact]
    public async Task A_page_links_the_theme_which_is_kept_by_the_browser_and_the_page_holds_no_copy_of_it()
    {
        // The sign-in page too: the style sheet is for anyone, with or without a session.
        using var anonymous = app.CreateClient();
        var signIn = await anonymous.GetStringAsync(new Uri("sign-in", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("mud-theme-provider", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("--mud-palette-primary", signIn, StringComparison.Ordinal);
        var href = ThemeLink().Match(signIn) is { Success: true } link ? link.Groups["href"].Value : throw new Xunit.Sdk.XunitException("The sign-in page links no theme style sheet.");

        using var sheet = await anonymous.GetAsync(new Uri(href, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, sheet.StatusCode);
        Assert.Equal("text/css", sheet.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", sheet.Headers.CacheControl?.ToString());
        var css = await sheet.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith(":root", css, StringComparison.Ordinal);
        Assert.Contains("--mud-palette-primary: rgba(0,51,153,1);", css, StringComparison.Ordinal);

        // An address of another version is not kept: a browser asks again, and gets the theme as it is now.
        using var other = await anonymous.GetAsync(new Uri("theme.css?v=0000000000000000", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("no-cache", other.Headers.CacheControl?.ToString());

        // A signed-in page links the same, and its colours are the theme's.
        var page = await app.OpenAsync("partnerships");
        Assert.DoesNotContain("mud-theme-provider", await page.ContentAsync(), StringComparison.Ordinal);
        await Expect(page.Locator($"link[rel=stylesheet][href='{href}']")).ToHaveCountAsync(1);
        await Expect(page.Locator("header.mud-appbar")).ToHaveCSSAsync("background-color", "rgb(0, 51, 153)");
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>theme\\.css\\?v=[0-9a-f]{16})\"")]
    private static partial Regex ThemeLink();
}
