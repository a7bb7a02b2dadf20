using System.Security.Claims;

namespace MobilityPartnerships.Web.Security.Tokens;

/// <summary>The claims a request signed in with a token carries besides the account's: which token, its scope, and that it came through the API.</summary>
public static class TokenClaims
{
    public const string Token = "mp:token";
    public const string Scope = "mp:token_scope";

    /// <summary>How the change came (history says so): <see cref="ViaApi"/> for a program's token.</summary>
    public const string Via = "mp:via";
    public const string ViaApi = "Api";

    public static bool MayWrite(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(Scope, nameof(TokenScope.ReadWrite));
    }

    public static string? ViaOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirst(Via)?.Value;
    }
}
