using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Domain.Tests.Meetings;

public sealed class MinutesCommentTests
{
    private static Meeting Meeting() =>
        Domain.Meetings.Meeting.Plan(Known.SignedMobilityPartnership(), MeetingKind.CooperationPlatform, "Cooperation platform", new DateOnly(2009, 3, 12), "Chisinau", isOnline: false);

    [Fact]
    public void A_comment_on_approved_minutes_is_refused()
    {
        var meeting = Meeting();
        meeting.DraftMinutes("Draft", []);
        meeting.ApproveMinutes("Focal point", new DateTimeOffset(2009, 3, 20, 10, 0, 0, TimeSpan.Zero), Known.Utc);

        var refusal = Assert.Throws<DomainRuleException>(() => MinutesComment.Post(meeting, Guid.NewGuid(), "Official of Sweden", "Point 2 is incomplete.", DateTimeOffset.UnixEpoch));

        Assert.Equal(("minutes.comment.locked", "The minutes are approved; comments are taken on drafts only."), (refusal.Rule, refusal.Message));
    }

    [Fact]
    public void A_comment_before_any_draft_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => MinutesComment.Post(Meeting(), Guid.NewGuid(), "Official of Sweden", "Where are the minutes?", DateTimeOffset.UnixEpoch));

        Assert.Equal("minutes.comment.no-draft", refusal.Rule);
    }

    [Fact]
    public void A_comment_on_the_draft_is_kept_in_its_authors_name()
    {
        var meeting = Meeting();
        meeting.DraftMinutes("Draft", []);

        var comment = MinutesComment.Post(meeting, Guid.NewGuid(), "Official of Sweden", "  Point 2 is incomplete. ", DateTimeOffset.UnixEpoch);

        Assert.Equal(("Official of Sweden", "Point 2 is incomplete.", meeting.Id), (comment.AuthorName, comment.Text, comment.MeetingId));
    }
}
