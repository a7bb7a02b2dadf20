using System.Security.Claims;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Security.SingleSignOn;

/// <summary>
/// What the provider says about a user, in the product's terms. <paramref name="StatesRole"/>: the provider sent role
/// values at all; when it did and none is mapped (<paramref name="Role"/> is null), the user gets no access.
/// <paramref name="EmailVerified"/>: the provider vouches that the user owns the e-mail (OpenID Connect's
/// <c>email_verified</c> is true); only then may the e-mail find or create an account.
/// </summary>
public sealed record ExternalIdentity(string Email, string Name, Role? Role, string? OrganisationKey, bool StatesRole = false, bool EmailVerified = false);

/// <summary>
/// Maps the provider's claims to an account's e-mail, name, role and organisation. A role value the
/// configuration does not map gives no role (never a guessed one); several mapped values give the most
/// privileged, so one provider group cannot silently narrow another.
/// </summary>
public static class ExternalClaimMapping
{
    /// <summary>OpenID Connect's standard claim: the provider has checked that the user owns the e-mail.</summary>
    public const string EmailVerifiedClaim = "email_verified";

    public static ExternalIdentity? Map(ClaimsPrincipal principal, SingleSignOnOptions options)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(options);
        var email = First(principal, options.EmailClaim, ClaimTypes.Email);
        if (!EmailAddress.IsAddress(email))
        {
            // No address, or one an account could not keep ("Eve <eve@example.org>"): the provider names no one to sign in.
            return null;
        }

        // The provider's name is shown as typed nowhere here: it is made one line that reads as it shows, within an account's length.
        var name = TextCharacters.OneLineFrom(First(principal, options.NameClaim, ClaimTypes.Name), Account.DisplayNameMaxLength) is { Length: > 0 } shown ? shown : email.Trim();
        var stated = principal.Claims.Where(c => c.Type == options.RoleClaim || c.Type == ClaimTypes.Role).ToList();
        var roles = stated
            .Select(c => options.Roles.TryGetValue(c.Value, out var mapped) && Enum.TryParse<Role>(mapped, out var role) ? role : (Role?)null)
            .Where(r => r is not null)
            .Select(r => r!.Value)
            .ToList();
        Role? chosen = roles.Count == 0 ? null : roles.Min();
        var organisation = First(principal, options.OrganisationClaim);
        return new ExternalIdentity(email.Trim(), name, chosen, string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim(), stated.Count > 0, IsEmailVerified(principal));
    }

    /// <summary>True only when the provider says so: the claim is missing, false or unreadable means not verified.</summary>
    private static bool IsEmailVerified(ClaimsPrincipal principal)
    {
        var stated = principal.FindAll(EmailVerifiedClaim).ToList();
        return stated.Count > 0 && stated.All(c => bool.TryParse(c.Value.Trim(), out var verified) && verified);
    }

    private static string? First(ClaimsPrincipal principal, params string[] types) =>
        types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
