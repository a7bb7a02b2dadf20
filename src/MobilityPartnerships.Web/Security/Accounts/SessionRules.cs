using System.Security.Claims;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>The absolute session lifetime, checked the same way for the cookie and for an open page.</summary>
internal static class SessionRules
{
    public static bool HasExpired(ClaimsPrincipal principal, DateTimeOffset now, TimeSpan absoluteLifetime) =>
        AccountClaims.SignedInAtOf(principal) is not { } signedInAt || now - signedInAt > absoluteLifetime;
}
