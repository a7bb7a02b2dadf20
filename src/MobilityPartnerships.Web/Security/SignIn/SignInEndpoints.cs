using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Security.Access;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.SingleSignOn;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.Web.Security.SignIn;

/// <summary>
/// The form posts of signing in and out, and of setting a password from an invitation. Antiforgery is checked on
/// each (form-bound endpoints demand the token); sign-in and invitations are rate-limited per address, and sign-in
/// locks the account after repeated wrong passwords.
/// </summary>
internal static partial class SignInEndpoints
{
    public const string RateLimitPolicy = "sign-in";

    public static void MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy);

        // The invitation page has the same address; its own endpoint takes GET and POST, so this one goes first.
        endpoints.MapPost("/account/accept-invitation", AcceptInvitationAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy).WithOrder(-1);

        // These bind no form field, so the antiforgery check is asked for, and its result enforced, explicitly.
        endpoints.MapPost("/account/sign-out", (HttpContext http, SignInManager<Account> signIn, Sessions sessions, ILoggerFactory logs) => SignOutAsync(http, signIn, sessions, logs, everywhere: false))
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(RequireValidAntiforgeryToken);
        endpoints.MapPost("/account/sign-out-everywhere", (HttpContext http, SignInManager<Account> signIn, Sessions sessions, ILoggerFactory logs) => SignOutAsync(http, signIn, sessions, logs, everywhere: true))
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(RequireValidAntiforgeryToken);
    }

    /// <summary>A form post without a valid token (or not a form at all) is refused before the endpoint runs.</summary>
    private static async ValueTask<object?> RequireValidAntiforgeryToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true })
        {
            return await next(context);
        }

        await Forms.ExpiredForms.AnswerAsync(context.HttpContext);
        return Results.Empty;
    }

    /// <summary>Every refusal gets the same answer after the same work (see <see cref="AccountSignInManager.SignInWithPasswordAsync"/>); only the log says why.</summary>
    private static async Task<IResult> SignInAsync(
        [FromForm] string? email,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        AccountSignInManager signIn,
        ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(typeof(SignInEndpoints));
        var outcome = await signIn.SignInWithPasswordAsync(email, password);
        if (outcome.Succeeded)
        {
            logger.SignedIn(outcome.AccountId!.Value);
            return Results.LocalRedirect(SafeReturn(returnUrl));
        }

        logger.SignInRefused(outcome.Reason, outcome.AccountId?.ToString() ?? "-");
        return Back("invalid", returnUrl);
    }

    /// <summary>Sets the password of an invited account with the token from its link; the link is then spent.</summary>
    private static async Task<IResult> AcceptInvitationAsync(
        [FromForm] string? user,
        [FromForm] string? token,
        [FromForm] string? password,
        [FromForm] string? confirm,
        HttpContext http,
        UserManager<Account> users,
        AccessTokens tokens,
        TimeProvider clock,
        ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(typeof(SignInEndpoints));
        var account = Guid.TryParse(user, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        if (account is null || !account.IsActive || account.ExternalProvider is not null || string.IsNullOrEmpty(token))
        {
            logger.InvitationRefused("unknown or inactive account", account?.Id.ToString() ?? "-");
            return InvitationBack(user, token, ["invalid"]);
        }

        if (string.IsNullOrEmpty(password) || password != confirm)
        {
            return InvitationBack(user, token, ["mismatch"]);
        }

        // The invitee is not signed in; history names the change for what it is.
        http.RequestServices.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal(SystemActor.InvitationAccepted, clock));
        account.EmailConfirmed = true;
        var result = await users.ResetPasswordAsync(account, token, password);
        if (!result.Succeeded)
        {
            var problems = result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "invalid" : e.Code).Distinct().ToList();
            logger.InvitationRefused(string.Join(", ", problems), account.Id.ToString());
            return InvitationBack(user, token, problems);
        }

        // A password set from a link (an invitation, or "forgot password") replaces whatever was known before: the
        // account's personal access tokens are revoked with it, as its sessions are by the new security stamp.
        await tokens.RevokeAllAsync(account.Id, http.RequestAborted);
        logger.InvitationAccepted(account.Id);
        return Results.LocalRedirect("~/sign-in?invited=true");
    }

    private static IResult InvitationBack(string? user, string? token, IEnumerable<string> problems) =>
        Results.LocalRedirect($"~/account/accept-invitation?user={Uri.EscapeDataString(user ?? string.Empty)}&token={Uri.EscapeDataString(token ?? string.Empty)}"
            + string.Concat(problems.Select(p => "&error=" + Uri.EscapeDataString(p))));

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation accepted: user {UserId} set a password")]
    private static partial void InvitationAccepted(this ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitation refused ({Reason}) for user {UserId}")]
    private static partial void InvitationRefused(this ILogger logger, string reason, string userId);

    /// <summary>
    /// Ends the session in the database, so its cookie is refused at once wherever it is presented (a copy included);
    /// "everywhere" ends every session of the account, and open pages lose their user at their next revalidation.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<Account> signIn, Sessions sessions, ILoggerFactory logs, bool everywhere)
    {
        var userId = AccountClaims.UserIdOf(http.User);
        if (everywhere && userId is { } id)
        {
            await sessions.EndAllAsync(id, http.RequestAborted);
        }
        else
        {
            await sessions.EndAsync(http.User, http.RequestAborted);
        }

        var atProvider = SingleSignOnSetup.SignsOutAtProvider(http.User, http.RequestServices.GetRequiredService<IOptions<SingleSignOnOptions>>().Value);
        await signIn.SignOutAsync();
        var who = userId?.ToString() ?? "-";
        logs.CreateLogger(typeof(SignInEndpoints)).SignedOut(who, everywhere);

        // A user who came through single sign-on is signed out at the provider too, which sends them back to this page.
        return atProvider
            ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/sign-in?signedOut=true" }, [SingleSignOnOptions.Scheme])
            : Results.LocalRedirect("~/sign-in?signedOut=true");
    }

    private static IResult Back(string error, string? returnUrl) =>
        Results.LocalRedirect($"~/sign-in?error={error}&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");

    /// <summary>Only a path inside the app; anything else (another site, a protocol-relative address) goes home.</summary>
    public static string SafeReturn(string? returnUrl) => IsSafeReturn(returnUrl) ? returnUrl! : "/";

    /// <summary>
    /// A path inside the app, of a sensible length and without control characters: browsers drop a tab or line break
    /// inside an address, so "/\t/other.example" would lead to another site.
    /// </summary>
    public static bool IsSafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.Length <= AddressValue.MaxLength
        && !AddressValue.HasControlCharacter(returnUrl)
        && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal);
}
