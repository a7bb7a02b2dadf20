namespace MobilityPartnerships.Domain.Access;

/// <summary>What the access rules need to know of an action point: its meeting and the account that owns it, if any.</summary>
public sealed record ActionPointScope(MeetingScope Meeting, Guid Id, Guid? OwnerAccountId);
