namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>A meeting opened for planning or revising: the draft, the version it was read at (0 for a new one), and the form's choices.</summary>
public sealed record MeetingEditing(Guid PartnershipId, string PartnershipName, Guid? MeetingId, uint Version, MeetingDraft Draft, MeetingChoices Choices);
