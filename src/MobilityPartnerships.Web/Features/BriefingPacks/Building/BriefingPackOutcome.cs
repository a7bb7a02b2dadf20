using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// The pack when the user may have it; otherwise the refusal (with its plain message) or "no such meeting". A user who
/// may have it gets none, and <see cref="MeetingCancelled"/>, for a cancelled meeting: see <see cref="GetBriefingPack"/>.
/// </summary>
public sealed record BriefingPackOutcome(AccessDecision Decision, BriefingPack? Pack)
{
    /// <summary>The meeting was called off: there is nothing to prepare for it, so no pack.</summary>
    public bool MeetingCancelled { get; init; }
}
