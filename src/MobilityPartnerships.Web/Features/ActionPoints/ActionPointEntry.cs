using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Web.Features.ActionPoints;

/// <summary>An action point as the pages list it, with the meeting it came from and whether it is overdue today.</summary>
public sealed record ActionPointEntry(
    Guid Id,
    Guid MeetingId,
    string MeetingTitle,
    DateOnly MeetingHeldOn,
    string Text,
    string Owner,
    DateOnly DueOn,
    ActionPointStatus Status,
    DateOnly? ClosedOn,
    bool IsOverdue,
    uint Version);
