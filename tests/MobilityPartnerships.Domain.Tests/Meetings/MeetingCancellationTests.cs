using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Domain.Tests.Meetings;

/// <summary>A meeting called off is kept, marked with who, when and why, and changes no more.</summary>
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
}
