using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Web.Features.Meetings.Calendar;

/// <summary>A meeting as the calendar lists it; <paramref name="CancelledAt"/> set when it was called off.</summary>
public sealed record MeetingListEntry(Guid Id, Guid PartnershipId, string PartnershipName, MeetingKind Kind, string Title, DateOnly HeldOn, string? Place, bool IsOnline, DateTimeOffset? CancelledAt = null);
