using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Security.Tokens;

/// <summary>
/// Signs a request in with a personal access token sent as <c>Authorization: Bearer mpt_…</c>: a second way to the same
/// account the sign-in cookie gives, under the same access rules (which read the account afresh on every request). Only
/// API requests may carry one; everywhere else the header is not looked at. The token's own check (revoked, expired,
/// account deactivated) is one statement; the cookie's session check does not run for such a request.
/// </summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    /// <summary>The scheme every request authenticates with: bearer for an API request that offers a token, else the sign-in cookie.</summary>
    public const string RequestScheme = "mp.request";

    /// <summary>The API's writes need a token allowed to write; a request with the session cookie only is answered 401.</summary>
    public const string WritePolicy = "api-write";

    private const string Prefix = "Bearer ";

    /// <summary>Whether the request is a program's (the API or its OpenAPI document, see <see cref="ProgramRequests"/>) that offers a bearer token.</summary>
    public static bool Offered(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ProgramRequests.Are(request)
            && request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The scheme a request is authenticated with.</summary>
    public static string SchemeFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Offered(context.Request) ? SchemeName : IdentityConstants.ApplicationScheme;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Offered(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()[Prefix.Length..].Trim();
        if (await tokens.AuthenticateAsync(secret, Context.RequestAborted) is not { } holder)
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, holder.AccountId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, holder.DisplayName));
        identity.AddClaims(AccountClaims.For(holder.DisplayName, holder.Role, null, null, [], clock.GetUtcNow()));
        identity.AddClaim(new Claim(TokenClaims.Token, holder.TokenId.ToString()));
        identity.AddClaim(new Claim(TokenClaims.Scope, holder.Scope.ToString()));
        identity.AddClaim(new Claim(TokenClaims.Via, TokenClaims.ViaApi));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // RFC 6750: a request that offered no token is told the scheme; one whose token failed, why.
        Response.Headers.WWWAuthenticate = Offered(Request) ? "Bearer error=\"invalid_token\"" : "Bearer";
        DisableStatusCodePages();
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        // The only refusal authorization makes of a valid token: a read-only one asked to write.
        DisableStatusCodePages();
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\"";
        return Results.Problem(
            title: "This token may only read.",
            detail: string.Create(CultureInfo.InvariantCulture, $"Writing needs a token with the scope {TokenScope.ReadWrite}."),
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
    }

    private void DisableStatusCodePages()
    {
        if (Context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
    }
}
