using Microsoft.AspNetCore.Identity;
using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// A user's account: the Identity sign-in data plus the role and organisation an administrator gives.
/// A deactivated account cannot sign in, and open sessions lose access at the next revalidation.
/// </summary>
public sealed class Account : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;

    /// <summary>The fields history records for an account; sign-in secrets and counters never reach it.</summary>
    public static readonly IReadOnlySet<string> AuditedFields =
        new HashSet<string>(StringComparer.Ordinal) { nameof(DisplayName), nameof(Email), nameof(Role), nameof(OrganisationId), nameof(IsActive) };

    public string DisplayName { get; set; } = string.Empty;

    public Role Role { get; set; }

    public Guid? OrganisationId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Where the account signs in from: null for a local password, else the single sign-on provider's name.</summary>
    public string? ExternalProvider { get; set; }

    /// <summary>The language the user chose in the top bar ("en", "fr"), or null to follow the browser's.</summary>
    public string? Language { get; set; }
}
