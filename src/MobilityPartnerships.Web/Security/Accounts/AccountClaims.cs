using System.Globalization;
using System.Security.Claims;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// The claims a signed-in user carries: who they are, their role, the organisation they act for and the
/// partnerships given to them. An administrator's change to any of these renews the account's security
/// stamp, so open sessions are signed out at the next revalidation and sign in again with the new claims.
/// </summary>
public static class AccountClaims
{
    public const string DisplayName = "mp:display_name";
    public const string Organisation = "mp:organisation";
    public const string Country = "mp:country";
    public const string Partnership = "mp:partnership";
    public const string SignedInAt = "mp:signed_in_at";

    /// <summary>The id of the <see cref="Accounts.Session"/> the sign-in started; checked on every request.</summary>
    public const string Session = "mp:session";
    public const string AuthenticationType = "Identity.Application";

    /// <summary>A principal with the given facts, as sign-in builds it (used for background work and tests too).</summary>
    public static ClaimsPrincipal Principal(Guid userId, string displayName, Role role, Guid? organisationId, string? countryCode, IEnumerable<Guid> partnerships, DateTimeOffset signedInAt)
    {
        ArgumentNullException.ThrowIfNull(partnerships);
        var identity = new ClaimsIdentity(AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, userId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, displayName));
        identity.AddClaims(For(displayName, role, organisationId, countryCode, partnerships, signedInAt));
        return new ClaimsPrincipal(identity);
    }

    public static IEnumerable<Claim> For(string displayName, Role role, Guid? organisationId, string? countryCode, IEnumerable<Guid> partnerships, DateTimeOffset signedInAt)
    {
        ArgumentNullException.ThrowIfNull(partnerships);
        yield return new Claim(DisplayName, displayName);
        yield return new Claim(ClaimTypes.Role, role.ToString());
        if (organisationId is { } organisation)
        {
            yield return new Claim(Organisation, organisation.ToString());
        }

        if (!string.IsNullOrEmpty(countryCode))
        {
            yield return new Claim(Country, countryCode);
        }

        foreach (var partnership in partnerships)
        {
            yield return new Claim(Partnership, partnership.ToString());
        }

        yield return new Claim(SignedInAt, signedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
    }

    /// <summary>
    /// The actor a principal stands for, or null when nobody is signed in.
    /// <paramref name="presidencyHolder"/> is the country code of the Member State holding the Presidency today.
    /// </summary>
    public static Actor? ToActor(ClaimsPrincipal principal, string? presidencyHolder)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        var organisation = Guid.TryParse(principal.FindFirstValue(Organisation), out var id) ? id : (Guid?)null;
        var partnerships = principal.FindAll(Partnership).Select(c => Guid.TryParse(c.Value, out var p) ? p : Guid.Empty).Where(p => p != Guid.Empty).ToHashSet();
        var country = principal.FindFirstValue(Country);
        var holdsPresidency = role == Role.MemberStateOfficial && country is not null && string.Equals(country, presidencyHolder, StringComparison.OrdinalIgnoreCase);
        return new Actor(userId, NameOf(principal), role, organisation, partnerships, holdsPresidency);
    }

    public static string NameOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        // An account stored before names were held to one line still acts under a name the domain's rules take.
        return TextCharacters.OneLineFrom(principal.FindFirstValue(DisplayName) ?? principal.Identity?.Name, Account.DisplayNameMaxLength);
    }

    public static Guid? UserIdOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }

    public static Guid? SessionOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Guid.TryParse(principal.FindFirstValue(Session), out var id) ? id : null;
    }

    public static DateTimeOffset? SignedInAtOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return long.TryParse(principal.FindFirstValue(SignedInAt), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
