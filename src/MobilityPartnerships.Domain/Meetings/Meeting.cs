using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Domain.Meetings;

/// <summary>
/// A meeting of a partnership — task force, cooperation platform or high-level — with its chairs, participants,
/// minutes and decisions. Minutes are drafted, then approved by the focal point and locked: a change after that is a
/// dated <see cref="Corrigendum"/>. Agenda items, action points and comments on the draft are records of their own.
/// <para>
/// A cancelled meeting is a closed record: it is kept to be read, and nothing of it or of its records changes any
/// more — not its details, chairs, participants, minutes or corrigenda (<c>meeting.cancelled</c>), not its agenda
/// (no item proposed, accepted or declined: <c>agenda.meeting-cancelled</c>), not its comments
/// (<c>minutes.comment.meeting-cancelled</c>), and no action point recorded for it or revised (text, owner, due date:
/// <c>action-point.meeting-cancelled</c>). One thing is left open on purpose: the status of an action point recorded
/// before the cancellation. Such a point was asked of someone and stays the partnership's open work — listed with the
/// partnership's open points and carried into its next meetings' agendas — until it is marked done or dropped (or
/// opened again when that was a slip); refusing that would leave it open for ever. See <see cref="ActionPoint.Close"/>.
/// </para>
/// </summary>
public sealed class Meeting
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int MinutesMaxLength = 40_000;
    public const int DecisionMaxLength = 1000;
    public const int PersonMaxLength = 200;
    public const int CancellationReasonMaxLength = 1000;

    /// <summary>
    /// How many decisions a meeting records (blank lines not counted). Its decisions are what it settled, one a line,
    /// not the points of its minutes: a meeting settles a handful, a long one a few dozen, so 100 leaves room to spare
    /// while the meeting's page, its history and the form's text box stay bounded (at most 100 ×
    /// <see cref="DecisionMaxLength"/> characters); with no limit, 3,000 lines were stored and locked the browser's tab.
    /// </summary>
    public const int MaxDecisions = 100;

    /// <summary>
    /// How many corrigenda approved minutes take. A corrigendum puts right a slip (a name, a date, a figure) and one may
    /// put right several; minutes are corrected a few times at most. Each may be as long as the minutes
    /// (<see cref="MinutesMaxLength"/>) and all are shown under them, so 20 keeps the meeting's page and history
    /// bounded (800,000 characters at most) where no limit let one meeting grow without end.
    /// </summary>
    public const int MaxCorrigenda = 20;

    /// <summary>The first day a meeting (or one of its action points) may be dated.</summary>
    public static readonly DateOnly EarliestDay = new(1990, 1, 1);

    /// <summary>The last day a meeting (or one of its action points) may be dated: a later year is a typing slip, not a plan.</summary>
    public static readonly DateOnly LatestDay = new(2100, 12, 31);

    private readonly List<MeetingChair> chairs = [];
    private readonly List<MeetingParticipant> participants = [];
    private readonly List<string> decisions = [];
    private readonly List<Corrigendum> corrigenda = [];

    private Meeting()
    {
        Title = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    public MeetingKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>Where it takes place; null for a meeting held online only.</summary>
    public string? Place { get; private set; }

    public bool IsOnline { get; private set; }

    /// <summary>The minutes as drafted, and once approved as approved.</summary>
    public string? Minutes { get; private set; }

    public DateTimeOffset? MinutesApprovedAt { get; private set; }

    public string? MinutesApprovedBy { get; private set; }

    public bool MinutesLocked => MinutesApprovedAt is not null;

    /// <summary>When the meeting was called off; null while it stands. A cancelled meeting is kept, marked, and leaves agendas and calendars.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    /// <summary>Why it was called off, as told to those who would have come.</summary>
    public string? CancellationReason { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Changes with every stored change to the meeting, so that a save based on an older version is refused.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<MeetingChair> Chairs => chairs;

    public IReadOnlyList<MeetingParticipant> Participants => participants;

    public IReadOnlyList<string> Decisions => decisions;

    public IReadOnlyList<Corrigendum> Corrigenda => corrigenda;

    /// <summary>Task forces are internal EU coordination; the other meetings have the partner country at the table.</summary>
    public bool IsInternal => Kind == MeetingKind.TaskForce;

    public static Meeting Plan(Partnership partnership, MeetingKind kind, string title, DateOnly heldOn, string? place, bool isOnline)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var meeting = new Meeting { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id };
        // A new meeting has no approved minutes and no agenda: no moment's day is judged, so any calendar does.
        meeting.Reschedule(partnership, kind, title, heldOn, place, isOnline, actionPoints: [], agendaItems: [], new DayCalendar(TimeZoneInfo.Utc));
        return meeting;
    }

    /// <summary>
    /// Changes the meeting's kind, title, date and place. <paramref name="actionPoints"/> are the meeting's action
    /// points: the meeting cannot move past the day one of them falls due, nor, once its minutes are approved, past that day.
    /// <paramref name="agendaItems"/> are the items proposed for its agenda: it cannot move before the day one of them was proposed.
    /// Those days are the days in <paramref name="calendar"/> of the approval and of the proposals.
    /// </summary>
    public void Reschedule(Partnership partnership, MeetingKind kind, string title, DateOnly heldOn, string? place, bool isOnline, IEnumerable<ActionPoint> actionPoints, IEnumerable<AgendaItem> agendaItems, DayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentNullException.ThrowIfNull(actionPoints);
        ArgumentNullException.ThrowIfNull(agendaItems);
        ArgumentNullException.ThrowIfNull(calendar);
        if (partnership.Id != PartnershipId)
        {
            throw new DomainRuleException("meeting.other-partnership", "A meeting is checked against its own partnership.");
        }

        EnsureNotCancelled();
        Guard.Defined(kind, "meeting.kind", "Meeting kind");
        var checkedTitle = Guard.RequiredText(title, TitleMaxLength, "meeting.title", "The meeting's title");
        var checkedPlace = Guard.OptionalText(place, PlaceMaxLength, "meeting.place", "The place");
        if (checkedPlace is null && !isOnline)
        {
            throw new DomainRuleException("meeting.place.required", "Give the place of the meeting, or mark it as held online.");
        }

        EnsureDayInRange(heldOn, "meeting.held-on.out-of-range");
        partnership.EnsureWithinLife(heldOn, DatedInLife.Meeting);
        if (MinutesApprovedAt is { } approvedAt && calendar.DayOf(approvedAt) is var approved && heldOn > approved)
        {
            throw new DomainRuleException("meeting.held-on.after-minutes-approved", $"The meeting's minutes were approved on {approved:d MMMM yyyy}: it cannot move to {heldOn:d MMMM yyyy}, after that day.", approved, heldOn);
        }

        if (actionPoints.Where(a => a.MeetingId == Id).Select(a => (DateOnly?)a.DueOn).Min() is { } firstDue && firstDue < heldOn)
        {
            throw new DomainRuleException("meeting.held-on.after-action-point-due", $"The meeting cannot move to {heldOn:d MMMM yyyy}: one of its action points falls due on {firstDue:d MMMM yyyy}, before it. Change that due date first.", heldOn, firstDue);
        }

        // Declined items count too: they were proposed on their day all the same, and the meeting still lists them with it.
        // A proposal's day is its day in the product's calendar, as AgendaItem.Propose judges it.
        if (agendaItems.Where(i => i.MeetingId == Id).Select(i => (DateOnly?)calendar.DayOf(i.ProposedAt)).Max() is { } lastProposed && heldOn < lastProposed)
        {
            throw new DomainRuleException("meeting.held-on.before-agenda-item-proposed", $"The meeting cannot move to {heldOn:d MMMM yyyy}: an item of its agenda was proposed on {lastProposed:d MMMM yyyy}, after that day.", heldOn, lastProposed);
        }

        if (kind == MeetingKind.TaskForce && chairs.Exists(c => c.Role == ChairRole.PartnerCountry))
        {
            throw new DomainRuleException("meeting.chair.partner-country-in-task-force", "The task force is internal EU coordination: it has no partner-country chair. Remove that chair first.");
        }

        (Kind, Title, HeldOn, Place, IsOnline) = (kind, checkedTitle, heldOn, checkedPlace, isOnline);
    }

    /// <summary>Sets the chairs: one organisation per role; the task force has no partner-country chair.</summary>
    public void SetChairs(IEnumerable<MeetingChair> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        EnsureNotCancelled();
        var list = wanted.ToList();
        foreach (var chair in list)
        {
            Guard.Defined(chair.Role, "meeting.chair.role", "Chair role");
        }

        if (Kind == MeetingKind.TaskForce && list.Exists(c => c.Role == ChairRole.PartnerCountry))
        {
            throw new DomainRuleException("meeting.chair.partner-country-in-task-force", "The task force is internal EU coordination: it has no partner-country chair.");
        }

        if (list.GroupBy(c => c.Role).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException("meeting.chair.duplicate-role", $"Only one organisation chairs for the {twice.Key switch { ChairRole.Commission => "Commission", ChairRole.Presidency => "Presidency", _ => "partner country" }}.", twice.Key);
        }

        chairs.Clear();
        chairs.AddRange(list);
    }

    /// <summary>Sets who attends: organisations and named people (a person may be named with their organisation).</summary>
    public void SetParticipants(IEnumerable<MeetingParticipant> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        EnsureNotCancelled();
        var list = wanted
            .Select(p => new MeetingParticipant(p.OrganisationId, Guard.OptionalText(p.PersonName, PersonMaxLength, "meeting.participant.person", "A participant's name")))
            .ToList();
        if (list.Exists(p => p.OrganisationId is null && p.PersonName is null))
        {
            throw new DomainRuleException("meeting.participant.empty", "A participant is an organisation, a person, or both.");
        }

        if (list.GroupBy(p => (p.OrganisationId, p.PersonName?.ToUpperInvariant())).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException("meeting.participant.duplicate", "A participant is listed twice.");
        }

        participants.Clear();
        participants.AddRange(list);
    }

    /// <summary>Writes the draft minutes and the decisions; refused once the minutes are approved.</summary>
    public void DraftMinutes(string? minutes, IEnumerable<string> meetingDecisions)
    {
        ArgumentNullException.ThrowIfNull(meetingDecisions);
        EnsureNotCancelled();
        EnsureMinutesOpen();
        var checkedMinutes = Guard.OptionalParagraphs(minutes, MinutesMaxLength, "meeting.minutes", "The minutes");
        // Counted before each line is checked, and no further than one past the bound, whatever was pasted.
        var written = meetingDecisions.Where(d => !TextCharacters.IsBlank(d)).Take(MaxDecisions + 1).ToList();
        if (written.Count > MaxDecisions)
        {
            throw new DomainRuleException("meeting.decisions.too-many", $"A meeting records at most {MaxDecisions} decisions.", MaxDecisions);
        }

        var checkedDecisions = written.Select(d => Guard.RequiredText(d, DecisionMaxLength, "meeting.decision", "A decision")).ToList();
        Minutes = checkedMinutes;
        decisions.Clear();
        decisions.AddRange(checkedDecisions);
    }

    /// <summary>Approves the minutes as the final version and locks them.</summary>
    public void ApproveMinutes(string approvedBy, DateTimeOffset at, DayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        EnsureNotCancelled();
        EnsureMinutesOpen();
        if (Minutes is null)
        {
            throw new DomainRuleException("meeting.minutes.empty", "There are no minutes to approve yet.");
        }

        if (calendar.DayOf(at) < HeldOn)
        {
            throw new DomainRuleException("meeting.minutes.before-meeting", $"Minutes cannot be approved before the meeting is held ({HeldOn:d MMMM yyyy}).", HeldOn);
        }

        MinutesApprovedBy = Guard.RequiredText(approvedBy, PersonMaxLength, "meeting.minutes.approver", "The approver's name");
        MinutesApprovedAt = at;
    }

    /// <summary>A dated correction to approved minutes; the approved text itself never changes.</summary>
    public Corrigendum IssueCorrigendum(string text, string issuedBy, DateTimeOffset at)
    {
        EnsureNotCancelled();
        if (!MinutesLocked)
        {
            throw new DomainRuleException("meeting.corrigendum.not-approved", "The minutes are still a draft: change the draft instead of issuing a corrigendum.");
        }

        if (corrigenda.Count >= MaxCorrigenda)
        {
            throw new DomainRuleException("meeting.corrigenda.too-many", $"Approved minutes take at most {MaxCorrigenda} corrigenda.", MaxCorrigenda);
        }

        var corrigendum = new Corrigendum(
            Guard.RequiredParagraphs(text, MinutesMaxLength, "meeting.corrigendum", "The corrigendum"),
            Guard.RequiredText(issuedBy, PersonMaxLength, "meeting.corrigendum.author", "The author's name"),
            at);
        corrigenda.Add(corrigendum);
        return corrigendum;
    }

    /// <summary>
    /// Calls the meeting off: it is kept with who cancelled it, when and why, and leaves agendas and calendars. A
    /// meeting whose minutes are approved took place and cannot be cancelled; cancelling cannot be undone.
    /// </summary>
    public void Cancel(string? reason, string cancelledBy, DateTimeOffset at)
    {
        EnsureNotCancelled();
        if (MinutesApprovedAt is { } approved)
        {
            throw new DomainRuleException("meeting.cancel.held", $"The meeting took place: its minutes were approved on {approved:d MMMM yyyy}. It cannot be cancelled.", approved);
        }

        var checkedReason = Guard.OptionalParagraphs(reason, CancellationReasonMaxLength, "meeting.cancel.reason", "The reason");
        CancelledBy = Guard.RequiredText(cancelledBy, PersonMaxLength, "meeting.cancel.by", "The name of who cancels it");
        CancellationReason = checkedReason;
        CancelledAt = at;
    }

    /// <summary>Refuses a day outside <see cref="EarliestDay"/> to <see cref="LatestDay"/> under <paramref name="rule"/>.</summary>
    internal static void EnsureDayInRange(DateOnly day, string rule)
    {
        if (day < EarliestDay || day > LatestDay)
        {
            throw new DomainRuleException(rule, $"Choose a day between {EarliestDay.Year} and {LatestDay.Year}.", EarliestDay.Year, LatestDay.Year);
        }
    }

    /// <summary>Refuses a change to a cancelled meeting (its records refuse theirs under their own rules, see the class's summary).</summary>
    public void EnsureNotCancelled()
    {
        if (CancelledAt is { } cancelled)
        {
            throw new DomainRuleException("meeting.cancelled", $"The meeting was cancelled on {cancelled:d MMMM yyyy}; it can no longer be changed.", cancelled);
        }
    }

    private void EnsureMinutesOpen()
    {
        if (MinutesApprovedAt is { } approved)
        {
            throw new DomainRuleException("meeting.minutes.locked", $"The minutes were approved on {approved:d MMMM yyyy} and are locked; a change is now a corrigendum.", approved);
        }
    }
}
