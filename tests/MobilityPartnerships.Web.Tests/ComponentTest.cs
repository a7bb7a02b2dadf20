using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security;
using MobilityPartnerships.Web.Security.Access;
using MudBlazor;
using MudBlazor.Services;

namespace MobilityPartnerships.Web.Tests;

/// <summary>
/// Renders the app's components on their own: MudBlazor's services (with a popover provider, as the layout has),
/// the app's text resources, and JavaScript calls answered loosely, as no browser runs them. The culture is the
/// app's (English), so dates and numbers read as a user reads them.
/// </summary>
public abstract class ComponentTest : BunitContext
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Where popovers (a select's options, a menu) are rendered, as the layout's provider renders them.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; }

    protected ComponentTest()
        : this(null)
    {
    }

    /// <summary>With <paramref name="configure"/> changing the services before anything is rendered (e.g. the texts a test reads).</summary>
    protected ComponentTest(Action<IServiceCollection>? configure)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();

        // Every feature component is given the access rules (Features/_Imports.razor). The components tested here do
        // not ask them; one that did would find nobody signed in and no database to reach.
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new MobilityPartnerships.Web.Components.Common.DisplayOptions()));
        Services.AddSingleton<MobilityPartnerships.Web.Components.Common.Moments>();
        Services.AddSingleton<MobilityPartnerships.Web.Components.Common.ProductCalendar>();
        Services.AddAccessControl();
        Services.AddScoped<ICurrentUser, NobodySignedIn>();
        Services.AddDbContextFactory<AppDbContext>(options => options.UseNpgsql("Host=no-database.invalid"));
        configure?.Invoke(Services);
        Popovers = Render<MudPopoverProvider>();
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        base.Dispose(disposing);
    }

    private sealed class NobodySignedIn : ICurrentUser
    {
        public Task<ClaimsPrincipal> PrincipalAsync(CancellationToken cancellationToken = default) => Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity()));
    }
}
