namespace MobilityPartnerships.Domain.Access;

/// <summary>What the access rules need to know of a meeting: its partnership and whether it is internal EU coordination (a task force).</summary>
public sealed record MeetingScope(PartnershipScope Partnership, Guid Id, bool IsInternal);
