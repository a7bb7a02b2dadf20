using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Meetings;

/// <summary>
/// Something a meeting asked someone to do by a date. Open ones are listed on the partnership's page and carried
/// into the next meeting's agenda until they are done or dropped.
/// <para>
/// None is recorded for a cancelled meeting, and one recorded before the cancellation keeps its text, owner and due
/// date (<c>action-point.meeting-cancelled</c>). Its status alone still changes (<see cref="Close"/>,
/// <see cref="Reopen"/>): the work asked of its owner goes on, so it is followed up until done or dropped, as any
/// other open point of the partnership is (see <see cref="Meeting"/>).
/// </para>
/// </summary>
public sealed class ActionPoint
{
    public const int TextMaxLength = 1000;
    public const int OwnerMaxLength = 200;

    private ActionPoint()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid PartnershipId { get; private set; }

    public string Text { get; private set; }

    public Guid? OwnerOrganisationId { get; private set; }

    public string? OwnerPerson { get; private set; }

    /// <summary>The account that owns it, when the owner has one: they see it on their own page and may mark it done.</summary>
    public Guid? OwnerAccountId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ActionPointStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public uint Version { get; private set; }

    public bool IsOverdueOn(DateOnly today) => Status == ActionPointStatus.Open && DueOn < today;

    public static ActionPoint Record(Meeting meeting, string text, Guid? ownerOrganisationId, string? ownerPerson, DateOnly dueOn, Guid? ownerAccountId = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var point = new ActionPoint { Id = Guid.CreateVersion7(), MeetingId = meeting.Id, PartnershipId = meeting.PartnershipId, Status = ActionPointStatus.Open };
        point.Revise(meeting, text, ownerOrganisationId, ownerPerson, dueOn, ownerAccountId);
        return point;
    }

    public void Revise(Meeting meeting, string text, Guid? ownerOrganisationId, string? ownerPerson, DateOnly dueOn, Guid? ownerAccountId = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Id != MeetingId)
        {
            throw new DomainRuleException("action-point.other-meeting", "An action point is checked against its own meeting.");
        }

        if (meeting.CancelledAt is { } cancelled)
        {
            throw new DomainRuleException("action-point.meeting-cancelled", $"The meeting was cancelled on {cancelled:d MMMM yyyy}: no action point is recorded or changed for it any more; an open one can still be marked done or dropped.", cancelled);
        }

        var checkedText = Guard.RequiredText(text, TextMaxLength, "action-point.text", "The action point");
        var checkedPerson = Guard.OptionalText(ownerPerson, OwnerMaxLength, "action-point.owner", "The owner's name");
        if (ownerOrganisationId is null && checkedPerson is null && ownerAccountId is null)
        {
            throw new DomainRuleException("action-point.owner.required", "Say who owns the action point: an organisation, a person or an account.");
        }

        Meeting.EnsureDayInRange(dueOn, "action-point.due.out-of-range");
        if (dueOn < meeting.HeldOn)
        {
            throw new DomainRuleException("action-point.due-before-meeting", $"An action point cannot be due on {dueOn:d MMMM yyyy}, before its meeting on {meeting.HeldOn:d MMMM yyyy}.", dueOn, meeting.HeldOn);
        }

        (Text, OwnerOrganisationId, OwnerPerson, OwnerAccountId, DueOn) = (checkedText, ownerOrganisationId, checkedPerson, ownerAccountId, dueOn);
    }

    /// <summary>
    /// Marks the point done or dropped on <paramref name="on"/> (or open again, for <see cref="ActionPointStatus.Open"/>).
    /// Taken even when its meeting was cancelled: the status is the follow-up of the work, not a change to the meeting.
    /// </summary>
    public void Close(ActionPointStatus status, DateOnly on)
    {
        if (status == ActionPointStatus.Open)
        {
            Reopen();
            return;
        }

        Guard.Defined(status, "action-point.status", "Action point status");
        Status = status;
        ClosedOn = on;
    }

    /// <summary>Opens the point again (a closing that was a slip); taken even when its meeting was cancelled, as <see cref="Close"/> is.</summary>
    public void Reopen()
    {
        Status = ActionPointStatus.Open;
        ClosedOn = null;
    }
}
