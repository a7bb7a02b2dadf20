using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>
/// Renders a component that reads and writes through the app's handlers against the fixture's real database: the app's
/// services come from the fixture (acting for its administrator), MudBlazor's and the texts from the test's own, and
/// JavaScript calls are answered loosely, as no browser runs them. The renderer is interactive, as on a circuit; the
/// culture is the app's (English).
/// </summary>
public abstract class ComponentOnDatabaseTest : BunitContext
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    protected ComponentOnDatabaseTest(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        Fixture = fixture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddFallbackServiceProvider(fixture.Services);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Popovers = Render<MudPopoverProvider>();
    }

    /// <summary>The database and the app's services the component reads and writes through.</summary>
    protected DatabaseFixture Fixture { get; }

    /// <summary>Where popovers (a select's options, a menu) are rendered, as the layout's provider renders them.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; }

    /// <summary>The address the browser shows, as the component under test wrote it.</summary>
    protected string Address => Services.GetRequiredService<NavigationManager>().Uri;

    /// <summary>Opens the address <paramref name="relative"/> (a query string, say) before the component is rendered.</summary>
    protected void Open(string relative) => Services.GetRequiredService<NavigationManager>().NavigateTo(relative);

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        base.Dispose(disposing);
    }
}
