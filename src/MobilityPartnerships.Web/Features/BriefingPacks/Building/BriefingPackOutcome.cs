using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>The pack when the user may have it; otherwise the refusal (with its plain message) or "no such meeting".</summary>
public sealed record BriefingPackOutcome(AccessDecision Decision, BriefingPack? Pack);
