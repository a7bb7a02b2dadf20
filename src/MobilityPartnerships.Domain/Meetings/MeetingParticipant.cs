namespace MobilityPartnerships.Domain.Meetings;

/// <summary>Who attends a meeting: an organisation, a named person, or a person for an organisation.</summary>
public sealed record MeetingParticipant(Guid? OrganisationId, string? PersonName);
