using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Hosting.Languages;

/// <summary>The top bar's language switch: remembered in the browser (the standard culture cookie) and on the account.</summary>
internal static class LanguageEndpoints
{
    public const string Path = "/account/language";

    public static void MapLanguageSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, SwitchAsync).AllowAnonymous();

    /// <summary>The form binds its fields, so antiforgery is checked before this runs.</summary>
    private static async Task<IResult> SwitchAsync(
        [FromForm] string? language,
        [FromForm] string? returnUrl,
        HttpContext http,
        IDbContextFactory<AppDbContext> contexts,
        CancellationToken cancellationToken)
    {
        if (Language.Find(language) is not { } chosen)
        {
            return Results.BadRequest();
        }

        RememberInBrowser(http, chosen);
        if (http.User.Identity?.IsAuthenticated == true && AccountClaims.UserIdOf(http.User) is { } accountId)
        {
            await AccountLanguage.RememberAsync(contexts, accountId, chosen, cancellationToken);
        }

        return Results.LocalRedirect(Security.SignIn.SignInEndpoints.SafeReturn(returnUrl));
    }

    public static void RememberInBrowser(HttpContext http, Language language)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(language);
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
    }
}
