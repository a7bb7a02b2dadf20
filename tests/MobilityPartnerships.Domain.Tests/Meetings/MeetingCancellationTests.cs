using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Domain.Tests.Meetings;

/// <summary>
/// A meeting called off is kept, marked with who, when and why, and changes no more: neither it nor its agenda, comments
/// or action points. Only an existing action point's status still moves (done, dropped, open again).
/// </summary>
public sealed class MeetingCancellationTests
{
    private static readonly DateTimeOffset At = new(2009, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Meeting Platform() =>
        Meeting.Plan(Known.SignedMobilityPartnership(), MeetingKind.CooperationPlatform, "Cooperation platform", new DateOnly(2009, 3, 12), "Praia", isOnline: false);

    [Fact]
    public void A_cancelled_meeting_keeps_who_cancelled_it_when_and_why()
    {
        var meeting = Platform();

        meeting.Cancel("  The minister cannot travel. ", "Ana Focal", At);

        Assert.True(meeting.IsCancelled);
        Assert.Equal(("The minister cannot travel.", "Ana Focal", At), (meeting.CancellationReason, meeting.CancelledBy, meeting.CancelledAt));
    }

    [Fact]
    public void A_cancelled_meeting_cannot_be_cancelled_again_rescheduled_given_minutes_or_an_agenda_item()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, "Cooperation platform", new DateOnly(2009, 3, 12), "Praia", isOnline: false);
        meeting.Cancel(null, "Ana Focal", At);

        Assert.Equal("meeting.cancelled", Assert.Throws<DomainRuleException>(() => meeting.Cancel("Again", "Ana Focal", At)).Rule);
        Assert.Equal("meeting.cancelled", Assert.Throws<DomainRuleException>(() => meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", new DateOnly(2009, 4, 1), "Praia", false, [], [], Known.Utc)).Rule);
        Assert.Equal("meeting.cancelled", Assert.Throws<DomainRuleException>(() => meeting.DraftMinutes("Minutes", [])).Rule);
        Assert.Equal("agenda.meeting-cancelled", Assert.Throws<DomainRuleException>(() => AgendaItem.Propose(meeting, "Item", null, "Ana Focal", At, Known.Utc)).Rule);
        Assert.Equal(("Cooperation platform", At), (meeting.Title, meeting.CancelledAt));
    }

    [Fact]
    public void A_meeting_whose_minutes_are_approved_took_place_and_cannot_be_cancelled()
    {
        var meeting = Platform();
        meeting.DraftMinutes("What was said", []);
        meeting.ApproveMinutes("Ana Focal", new DateTimeOffset(2009, 3, 20, 9, 0, 0, TimeSpan.Zero), Known.Utc);

        Assert.Equal("meeting.cancel.held", Assert.Throws<DomainRuleException>(() => meeting.Cancel(null, "Ana Focal", At)).Rule);
        Assert.False(meeting.IsCancelled);
    }

    [Fact]
    public void A_cancelled_meetings_chairs_and_participants_are_kept_as_they_were()
    {
        var meeting = Platform();
        meeting.SetParticipants([new MeetingParticipant(null, "Ana Focal")]);
        meeting.Cancel(null, "Ana Focal", At);

        Assert.Equal("meeting.cancelled", Assert.Throws<DomainRuleException>(() => meeting.SetChairs([new MeetingChair(Guid.NewGuid(), ChairRole.Commission)])).Rule);
        Assert.Equal("meeting.cancelled", Assert.Throws<DomainRuleException>(() => meeting.SetParticipants([])).Rule);
        Assert.Empty(meeting.Chairs);
        Assert.Equal("Ana Focal", Assert.Single(meeting.Participants).PersonName);
    }

    [Fact]
    public void A_cancelled_meetings_draft_minutes_cannot_be_approved()
    {
        var meeting = Platform();
        meeting.DraftMinutes("What would have been said", []);
        meeting.Cancel(null, "Ana Focal", At);

        Assert.Equal("meeting.cancelled", Assert.Throws<DomainRuleException>(() => meeting.ApproveMinutes("Ana Focal", At.AddDays(30), Known.Utc)).Rule);
        Assert.False(meeting.MinutesLocked);
    }

    [Fact]
    public void A_cancelled_meetings_draft_minutes_take_no_comment()
    {
        var meeting = Platform();
        meeting.DraftMinutes("What would have been said", []);
        meeting.Cancel(null, "Ana Focal", At);

        var refusal = Assert.Throws<DomainRuleException>(() => MinutesComment.Post(meeting, Guid.NewGuid(), "Official of A", "A remark", At.AddDays(1)));

        Assert.Equal("minutes.comment.meeting-cancelled", refusal.Rule);
        Assert.Equal(At, Assert.Single(refusal.Arguments));
    }

    [Fact]
    public void A_cancelled_meetings_agenda_items_are_neither_accepted_nor_declined()
    {
        var meeting = Platform();
        var proposed = AgendaItem.Propose(meeting, "Seasonal work", null, "Ana Focal", At.AddDays(-2), Known.Utc);
        var accepted = AgendaItem.Propose(meeting, "Visa facilitation", null, "Ana Focal", At.AddDays(-1), Known.Utc);
        accepted.Accept(meeting, 1);
        meeting.Cancel(null, "Ana Focal", At);

        Assert.Equal("agenda.meeting-cancelled", Assert.Throws<DomainRuleException>(() => proposed.Accept(meeting, 1)).Rule);
        Assert.Equal("agenda.meeting-cancelled", Assert.Throws<DomainRuleException>(() => proposed.Decline(meeting)).Rule);
        Assert.Equal("agenda.meeting-cancelled", Assert.Throws<DomainRuleException>(() => accepted.Accept(meeting, 2)).Rule);
        Assert.Equal("agenda.meeting-cancelled", Assert.Throws<DomainRuleException>(() => accepted.Decline(meeting)).Rule);
        Assert.Equal((AgendaItemStatus.Proposed, AgendaItemStatus.Accepted, (int?)1), (proposed.Status, accepted.Status, accepted.Position));
    }

    [Fact]
    public void An_agenda_item_is_arranged_on_its_own_meetings_agenda_only()
    {
        var meeting = Platform();
        var item = AgendaItem.Propose(meeting, "Seasonal work", null, "Ana Focal", At, Known.Utc);

        Assert.Equal("agenda.other-meeting", Assert.Throws<DomainRuleException>(() => item.Accept(Platform(), 1)).Rule);
        Assert.Equal(AgendaItemStatus.Proposed, item.Status);
    }

    [Fact]
    public void No_action_point_is_recorded_for_a_cancelled_meeting()
    {
        var meeting = Platform();
        meeting.Cancel(null, "Ana Focal", At);

        var refusal = Assert.Throws<DomainRuleException>(() => ActionPoint.Record(meeting, "Send the indicator values", null, "Someone", new DateOnly(2026, 12, 20)));

        Assert.Equal("action-point.meeting-cancelled", refusal.Rule);
        Assert.Equal(At, Assert.Single(refusal.Arguments));
    }

    [Fact]
    public void A_cancelled_meetings_action_point_keeps_its_text_owner_and_due_date()
    {
        var meeting = Platform();
        var point = ActionPoint.Record(meeting, "Send the indicator values", null, "Desk officer", new DateOnly(2009, 4, 1));
        meeting.Cancel(null, "Ana Focal", At);

        var refusal = Assert.Throws<DomainRuleException>(() => point.Revise(meeting, "Send the figures", null, "Someone", new DateOnly(2026, 12, 20)));

        Assert.Equal("action-point.meeting-cancelled", refusal.Rule);
        Assert.Equal(("Send the indicator values", "Desk officer", new DateOnly(2009, 4, 1)), (point.Text, point.OwnerPerson, point.DueOn));
    }

    [Fact]
    public void A_cancelled_meetings_open_action_point_can_still_be_done_dropped_or_opened_again()
    {
        var meeting = Platform();
        var point = ActionPoint.Record(meeting, "Send the indicator values", null, "Desk officer", new DateOnly(2009, 4, 1));
        meeting.Cancel(null, "Ana Focal", At);

        point.Close(ActionPointStatus.Dropped, new DateOnly(2009, 3, 2));
        Assert.Equal((ActionPointStatus.Dropped, (DateOnly?)new DateOnly(2009, 3, 2)), (point.Status, point.ClosedOn));
        point.Reopen();
        point.Close(ActionPointStatus.Done, new DateOnly(2009, 3, 3));
        Assert.Equal(ActionPointStatus.Done, point.Status);
    }
}
