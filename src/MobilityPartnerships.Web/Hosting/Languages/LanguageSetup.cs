using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace MobilityPartnerships.Web.Hosting.Languages;

/// <summary>
/// Which language each request is answered in: the culture cookie (set by the switch, and from the account at sign-in),
/// else the browser's Accept-Language, else English. A Blazor circuit keeps the culture of the request that opened it,
/// so switching sets the cookie and reloads the page.
/// </summary>
internal static class LanguageSetup
{
    public static void AddLanguages(this IServiceCollection services)
    {
        services.AddTransient<MudBlazor.MudLocalizer, AppMudLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Language.All.Select(l => l.Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(Language.Default.Culture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        // Whatever way a user signs in (password, invitation, single sign-on), the browser takes up the account's language.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var previous = options.Events.OnSigningIn;
            options.Events.OnSigningIn = async context =>
            {
                await previous(context);
                if (Language.Find(context.Principal?.FindFirst(Language.ClaimType)?.Value) is { } chosen)
                {
                    LanguageEndpoints.RememberInBrowser(context.HttpContext, chosen);
                }
            };
        });
    }

    public static void UseLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();
}
