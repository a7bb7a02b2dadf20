using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Components.Layout;

namespace MobilityPartnerships.Web.Tests.Components.Layout;

/// <summary>
/// The layout every page opens in: its navigation drawer is open beside the page on a wide screen and closed on a narrow
/// one from the first render (the style sheet picks by width, each width with its own menu button), and it asks the
/// browser nothing when it opens — an open page's circuit keeps the serializer metadata of every type its interop sends.
/// </summary>
public sealed class MainLayoutTests : ComponentTest
{
    public MainLayoutTests()
        : base(services => services
            .AddSingleton<AntiforgeryStateProvider, NoAntiforgery>()
            .AddSingleton<AuthenticationStateProvider, NobodySignedIn>()
            .AddAuthorizationCore()
            .AddSingleton<IAuthorizationService, DefaultAuthorizationService>()
            .AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>()
            .AddCascadingAuthenticationState())
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task It_asks_the_browser_nothing_when_it_opens()
    {
        var before = JSInterop.Invocations.Count;

        var layout = await OpenAsync();
        layout.Render();

        // The popover provider's check that it is the only one is MudBlazor's, answered before the page is idle.
        var asked = JSInterop.Invocations.Skip(before).Select(i => i.Identifier).Where(i => !i.StartsWith("mudpopover", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(asked.Count == 0, $"The layout called the browser: {string.Join(", ", asked)}");
    }

    [Fact]
    public async Task The_drawer_is_open_on_a_wide_screen_and_closed_on_a_narrow_one_until_its_button_says_otherwise()
    {
        var layout = await OpenAsync();
        var drawer = () => layout.Find("aside#navigation-drawer");
        var wide = () => layout.Find("button.drawer-toggle-wide");
        var narrow = () => layout.Find("button.drawer-toggle-narrow");

        Assert.Contains("app-drawer-open-wide", drawer().ClassList);
        Assert.DoesNotContain("app-drawer-open-narrow", drawer().ClassList);
        Assert.Contains("mud-drawer-open-responsive-md-left", layout.Find(".mud-layout").ClassList);
        Assert.Equal("true", wide().GetAttribute("aria-expanded"));
        Assert.Equal("false", narrow().GetAttribute("aria-expanded"));
        Assert.Equal("navigation-drawer", narrow().GetAttribute("aria-controls"));
        Assert.Empty(layout.FindAll(".mud-drawer-overlay"));

        wide().Click();
        Assert.DoesNotContain("app-drawer-open-wide", drawer().ClassList);
        Assert.Contains("mud-drawer-close-responsive-md-left", layout.Find(".mud-layout").ClassList);
        Assert.Equal("false", wide().GetAttribute("aria-expanded"));

        // On a narrow screen the drawer opens over the page, shaded; a click on the shade closes it.
        narrow().Click();
        Assert.Contains("app-drawer-open-narrow", drawer().ClassList);
        Assert.Equal("true", narrow().GetAttribute("aria-expanded"));
        layout.Find(".mud-drawer-overlay").Click();
        Assert.DoesNotContain("app-drawer-open-narrow", drawer().ClassList);
        Assert.Empty(layout.FindAll(".mud-drawer-overlay"));
    }

    /// <summary>The layout alone: it has its own popover provider (a page has one), so the test's goes first.</summary>
    private async Task<IRenderedComponent<MainLayout>> OpenAsync()
    {
        await DisposeComponentsAsync();
        return Render<MainLayout>();
    }

    private sealed class NobodySignedIn : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity())));
    }

    private sealed class NoAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }
}
