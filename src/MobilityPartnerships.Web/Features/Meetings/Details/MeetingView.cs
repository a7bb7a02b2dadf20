using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.ActionPoints;
using MobilityPartnerships.Web.Features.Comments.Reading;

namespace MobilityPartnerships.Web.Features.Meetings.Details;

/// <summary>A meeting as its page shows it: details, chairs, participants, agenda, minutes with comments and corrigenda, decisions, action points; and the partnership's participants, who may own an action point.</summary>
public sealed record MeetingView(
    Guid Id,
    Guid PartnershipId,
    string PartnershipName,
    MeetingKind Kind,
    string Title,
    DateOnly HeldOn,
    string? Place,
    bool IsOnline,
    uint Version,
    IReadOnlyList<ChairView> Chairs,
    IReadOnlyList<string> Participants,
    IReadOnlyList<AgendaEntry> Agenda,
    IReadOnlyList<ActionPointEntry> CarriedForward,
    string? Minutes,
    DateTimeOffset? MinutesApprovedAt,
    string? MinutesApprovedBy,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<Corrigendum> Corrigenda,
    IReadOnlyList<CommentEntry> Comments,
    IReadOnlyList<ActionPointEntry> ActionPoints,
    bool IsHeld,
    IReadOnlyList<Choice> Organisations)
{
    public bool IsInternal => Kind == MeetingKind.TaskForce;

    /// <summary>When the meeting was called off, by whom and why; null while it stands.</summary>
    public MeetingCancellation? Cancellation { get; init; }

    public bool MinutesLocked => MinutesApprovedAt is not null;

    public IEnumerable<AgendaEntry> Accepted => Agenda.Where(a => a.Status == AgendaItemStatus.Accepted).OrderBy(a => a.Position);

    public IEnumerable<AgendaEntry> Proposed => Agenda.Where(a => a.Status == AgendaItemStatus.Proposed).OrderBy(a => a.ProposedAt);

    public IEnumerable<AgendaEntry> Declined => Agenda.Where(a => a.Status == AgendaItemStatus.Declined).OrderBy(a => a.ProposedAt);
}

/// <summary>Who called the meeting off, when, and why if they said.</summary>
public sealed record MeetingCancellation(DateTimeOffset At, string By, string? Reason);

/// <summary>An organisation chairing, and in whose name.</summary>
public sealed record ChairView(ChairRole Role, string Organisation);

/// <summary>An agenda item as the meeting's page lists it.</summary>
public sealed record AgendaEntry(Guid Id, string Title, string? Note, string ProposedBy, DateTimeOffset ProposedAt, AgendaItemStatus Status, int? Position, uint Version);
