using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Users.Listing;

/// <summary>
/// A user in the administrator's list. <see cref="InvitationPending"/>: invited but no password set yet;
/// <see cref="ExternalProvider"/>: signs in through single sign-on instead of a password.
/// </summary>
public sealed record UserRow(
    Guid Id,
    string DisplayName,
    string Email,
    Role Role,
    Guid? OrganisationId,
    string? OrganisationName,
    IReadOnlyList<Choice> Partnerships,
    bool IsActive,
    DateTimeOffset? LockedOutUntil,
    bool InvitationPending,
    string? ExternalProvider);
