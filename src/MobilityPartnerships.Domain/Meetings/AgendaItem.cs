using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Meetings;

/// <summary>
/// An item proposed for a meeting's agenda by a participant before the meeting; the focal point accepts or
/// declines it and sets the order. A record of its own, so proposing does not conflict with editing the meeting.
/// A cancelled meeting has no agenda any more: no item is proposed, accepted or declined for it
/// (<c>agenda.meeting-cancelled</c>; see <see cref="Meeting"/> for what a cancellation closes).
/// </summary>
public sealed class AgendaItem
{
    public const int TitleMaxLength = 300;
    public const int NoteMaxLength = 2000;
    public const int AuthorMaxLength = 200;

    private AgendaItem()
    {
        Title = string.Empty;
        ProposedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public string Title { get; private set; }

    public string? Note { get; private set; }

    public string ProposedBy { get; private set; }

    /// <summary>The account that proposed the item, when a signed-in user did; <see cref="ProposedBy"/> is the name shown.</summary>
    public Guid? ProposedByAccountId { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public AgendaItemStatus Status { get; private set; }

    /// <summary>Place on the agenda (1 = first) once accepted; null otherwise.</summary>
    public int? Position { get; private set; }

    public uint Version { get; private set; }

    /// <summary>A participant proposes an item; only before the meeting is held. <paramref name="proposedByAccountId"/> is the proposer's account, when known.</summary>
    public static AgendaItem Propose(Meeting meeting, string title, string? note, string proposedBy, DateTimeOffset at, DayCalendar calendar, Guid? proposedByAccountId = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(calendar);
        EnsureAgendaOpen(meeting);
        if (calendar.DayOf(at) > meeting.HeldOn)
        {
            throw new DomainRuleException("agenda.after-meeting", $"The meeting was held on {meeting.HeldOn:d MMMM yyyy}; items are proposed before it.", meeting.HeldOn);
        }

        return new AgendaItem
        {
            Id = Guid.CreateVersion7(),
            MeetingId = meeting.Id,
            Title = Guard.RequiredText(title, TitleMaxLength, "agenda.title", "The agenda item"),
            Note = Guard.OptionalParagraphs(note, NoteMaxLength, "agenda.note", "The note"),
            ProposedBy = Guard.RequiredText(proposedBy, AuthorMaxLength, "agenda.author", "The author's name"),
            ProposedByAccountId = proposedByAccountId,
            ProposedAt = at,
            Status = AgendaItemStatus.Proposed,
        };
    }

    /// <summary>
    /// Names the account of whoever proposed an item recorded under their name alone (items from before accounts were
    /// kept, the demo's); an item already credited to another account keeps it.
    /// </summary>
    public void CreditTo(Guid accountId)
    {
        if (ProposedByAccountId is { } credited && credited != accountId)
        {
            throw new DomainRuleException("agenda.author.credited", "The item is already credited to the account that proposed it.");
        }

        ProposedByAccountId = accountId;
    }

    /// <summary>The focal point puts the item on <paramref name="meeting"/>'s agenda at <paramref name="position"/>.</summary>
    public void Accept(Meeting meeting, int position)
    {
        EnsureOwnOpenMeeting(meeting);
        if (position < 1)
        {
            throw new DomainRuleException("agenda.position", "An agenda position starts at 1.");
        }

        Status = AgendaItemStatus.Accepted;
        Position = position;
    }

    /// <summary>The focal point leaves the item off <paramref name="meeting"/>'s agenda.</summary>
    public void Decline(Meeting meeting)
    {
        EnsureOwnOpenMeeting(meeting);
        Status = AgendaItemStatus.Declined;
        Position = null;
    }

    private void EnsureOwnOpenMeeting(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Id != MeetingId)
        {
            throw new DomainRuleException("agenda.other-meeting", "An agenda item is checked against its own meeting.");
        }

        EnsureAgendaOpen(meeting);
    }

    private static void EnsureAgendaOpen(Meeting meeting)
    {
        if (meeting.CancelledAt is { } cancelled)
        {
            throw new DomainRuleException("agenda.meeting-cancelled", $"The meeting was cancelled on {cancelled:d MMMM yyyy}: it has no agenda any more.", cancelled);
        }
    }
}
