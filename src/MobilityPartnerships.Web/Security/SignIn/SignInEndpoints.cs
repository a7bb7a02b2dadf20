using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Security.SignIn;

/// <summary>
/// The form posts of signing in and out. Antiforgery is checked on each (form-bound endpoints demand the token);
/// sign-in is rate-limited per address and locks the account after repeated wrong passwords.
/// </summary>
internal static class SignInEndpoints
{
    public const string RateLimitPolicy = "sign-in";

    public static void MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        endpoints.MapPost("/account/sign-out", (HttpContext http, SignInManager<Account> signIn, ILoggerFactory logs) => SignOutAsync(http, signIn, logs, everywhere: false));
        endpoints.MapPost("/account/sign-out-everywhere", (HttpContext http, SignInManager<Account> signIn, ILoggerFactory logs) => SignOutAsync(http, signIn, logs, everywhere: true));
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? email,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        SignInManager<Account> signIn,
        ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(typeof(SignInEndpoints));
        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null || user.ExternalProvider is not null || string.IsNullOrEmpty(password))
        {
            logger.SignInRefused(user is null ? "unknown account" : "no password", user?.Id.ToString() ?? "-");
            return Back("invalid", returnUrl);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.SignedIn(user.Id);
            return Results.LocalRedirect(SafeReturn(returnUrl));
        }

        var reason = result.IsLockedOut ? "locked" : result.IsNotAllowed ? "inactive" : "invalid";
        logger.SignInRefused(reason, user.Id.ToString());
        return Back(reason, returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<Account> signIn, ILoggerFactory logs, bool everywhere)
    {
        var user = await signIn.UserManager.GetUserAsync(http.User);
        if (everywhere && user is not null)
        {
            // Every other session's cookie and open page carries the old stamp and is refused at its next check.
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        var who = user?.Id.ToString() ?? "-";
        logs.CreateLogger(typeof(SignInEndpoints)).SignedOut(who, everywhere);
        return Results.LocalRedirect("~/sign-in?signedOut=true");
    }

    private static IResult Back(string error, string? returnUrl) =>
        Results.LocalRedirect($"~/sign-in?error={error}&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");

    /// <summary>Only a path inside the app; anything else (another site, a protocol-relative address) goes home.</summary>
    public static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
