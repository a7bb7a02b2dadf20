using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Domain.Tests.Scoreboards;

/// <summary>A published version's meeting link is corrected by a dated record; the version itself is not touched.</summary>
public sealed class PublishedMeetingCorrectionTests
{
    private static readonly DateTimeOffset At = new(2009, 4, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_correction_names_the_link_it_replaces_the_new_meeting_who_when_and_why_and_leaves_the_version_as_published()
    {
        var partnership = Known.SignedMobilityPartnership();
        var wrong = Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force", new DateOnly(2009, 3, 2), "Brussels", false);
        var right = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, "Platform", new DateOnly(2009, 3, 12), "Praia", false);
        var version = PublishedScoreboard.Publish(partnership.Id, "EU–Cape Verde", 1, At.AddDays(-30), "Ana Focal", wrong.Id, null, []);

        var correction = PublishedMeetingCorrection.Correct(version, version.MeetingId, right, " Chosen wrongly ", "Bo Lead", At);

        Assert.Equal((version.Id, wrong.Id, (Guid?)right.Id, "Chosen wrongly", "Bo Lead", At), (correction.PublishedScoreboardId, correction.PreviousMeetingId, correction.MeetingId, correction.Reason, correction.CorrectedBy, correction.CorrectedAt));
        Assert.Equal(wrong.Id, version.MeetingId);
    }

    [Fact]
    public void A_correction_to_the_same_meeting_a_cancelled_one_another_partnerships_or_without_a_reason_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force", new DateOnly(2009, 3, 2), "Brussels", false);
        var cancelled = Meeting.Plan(partnership, MeetingKind.TaskForce, "Called off", new DateOnly(2009, 3, 5), "Brussels", false);
        cancelled.Cancel(null, "Ana Focal", At);
        var elsewhere = Meeting.Plan(Known.SignedMobilityPartnership(), MeetingKind.TaskForce, "Elsewhere", new DateOnly(2009, 3, 2), "Brussels", false);
        var version = PublishedScoreboard.Publish(partnership.Id, "EU–Cape Verde", 1, At, "Ana Focal", meeting.Id, null, []);

        Assert.Equal("published.correction.meeting.unchanged", Assert.Throws<DomainRuleException>(() => PublishedMeetingCorrection.Correct(version, meeting.Id, meeting, "Why", "Bo", At)).Rule);
        Assert.Equal("published.correction.meeting.cancelled", Assert.Throws<DomainRuleException>(() => PublishedMeetingCorrection.Correct(version, meeting.Id, cancelled, "Why", "Bo", At)).Rule);
        Assert.Equal("published.correction.meeting.other-partnership", Assert.Throws<DomainRuleException>(() => PublishedMeetingCorrection.Correct(version, meeting.Id, elsewhere, "Why", "Bo", At)).Rule);
        Assert.StartsWith("published.correction.reason", Assert.Throws<DomainRuleException>(() => PublishedMeetingCorrection.Correct(version, meeting.Id, null, " ", "Bo", At)).Rule, StringComparison.Ordinal);
    }
}
