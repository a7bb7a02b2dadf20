using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Domain.Tests.Meetings;

public sealed class ActionPointTests
{
    private static readonly DateOnly HeldOn = new(2009, 3, 12);

    private static Meeting Meeting() =>
        Domain.Meetings.Meeting.Plan(Known.SignedMobilityPartnership(), MeetingKind.TaskForce, "Task force", HeldOn, "Brussels", isOnline: false);

    [Fact]
    public void An_action_point_due_before_its_meeting_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => ActionPoint.Record(Meeting(), "Send the indicator values", null, "Desk officer", HeldOn.AddDays(-1)));

        Assert.Equal("action-point.due-before-meeting", refusal.Rule);
        Assert.StartsWith("An action point cannot be due on ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_point_due_on_the_meeting_day_is_taken_and_open()
    {
        var point = ActionPoint.Record(Meeting(), "Send the indicator values", null, "Desk officer", HeldOn);

        Assert.Equal(ActionPointStatus.Open, point.Status);
        Assert.True(point.IsOverdueOn(HeldOn.AddDays(1)));
        Assert.False(point.IsOverdueOn(HeldOn));
    }

    [Fact]
    public void An_account_alone_may_own_an_action_point()
    {
        var account = Guid.CreateVersion7();
        var point = ActionPoint.Record(Meeting(), "Send the indicator values", null, null, HeldOn, account);

        Assert.Equal(account, point.OwnerAccountId);
        Assert.Null(point.OwnerOrganisationId);
    }

    [Fact]
    public void An_action_point_without_an_owner_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => ActionPoint.Record(Meeting(), "Send the indicator values", null, "  ", HeldOn));

        Assert.Equal("action-point.owner.required", refusal.Rule);
    }

    [Fact]
    public void A_done_action_point_is_not_overdue_and_can_be_reopened()
    {
        var point = ActionPoint.Record(Meeting(), "Send the indicator values", Guid.NewGuid(), null, HeldOn.AddDays(10));

        point.Close(ActionPointStatus.Done, HeldOn.AddDays(5));
        Assert.False(point.IsOverdueOn(HeldOn.AddDays(30)));
        Assert.Equal(HeldOn.AddDays(5), point.ClosedOn);

        point.Close(ActionPointStatus.Open, HeldOn.AddDays(6));
        Assert.Equal((ActionPointStatus.Open, (DateOnly?)null), (point.Status, point.ClosedOn));
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void An_action_point_due_after_2100_is_refused(int year, int month, int day)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => ActionPoint.Record(Meeting(), "Send the indicator values", null, "Desk officer", new DateOnly(year, month, day)));

        Assert.Equal("action-point.due.out-of-range", refusal.Rule);
    }
}
