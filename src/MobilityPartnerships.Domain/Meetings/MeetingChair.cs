namespace MobilityPartnerships.Domain.Meetings;

/// <summary>An organisation chairing a meeting, and in whose name.</summary>
public sealed record MeetingChair(Guid OrganisationId, ChairRole Role);
