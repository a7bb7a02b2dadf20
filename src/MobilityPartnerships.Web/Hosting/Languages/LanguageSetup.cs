using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MobilityPartnerships.Web.Security;

namespace MobilityPartnerships.Web.Hosting.Languages;

/// <summary>
/// Which language each request is answered in: the culture cookie (set by the switch, and from the account at sign-in),
/// else the browser's Accept-Language, else English. A Blazor circuit keeps the culture of the request that opened it,
/// so switching sets the cookie and reloads the page. A program's request (the API and its document) is answered in
/// English whatever it names, as the README says: its problem details are read by programs, and nothing it sends is read
/// in a language's notation (see <see cref="ForPrograms"/>).
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
            options.RequestCultureProviders = [ForPrograms, new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
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

    /// <summary>
    /// The API's language, first: English for a program's request, whatever its Accept-Language or a browser's culture
    /// cookie say (an API answer in French read "1,500" as 1.5); for every other request, no say.
    /// </summary>
    private static readonly CustomRequestCultureProvider ForPrograms = new(context =>
        Task.FromResult(ProgramRequests.Are(context.Request) ? new ProviderCultureResult(Language.Default.Code) : null));

    public static void UseLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();
}
