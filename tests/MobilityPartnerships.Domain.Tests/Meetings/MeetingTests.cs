using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Domain.Tests.Meetings;

public sealed class MeetingTests
{
    private static readonly DateOnly HeldOn = new(2009, 3, 12);

    private static Meeting Platform(Partnership? partnership = null) =>
        Meeting.Plan(partnership ?? Known.SignedMobilityPartnership(), MeetingKind.CooperationPlatform, "Cooperation platform", HeldOn, "Praia", isOnline: false);

    [Fact]
    public void A_meeting_before_the_partnerships_life_begins_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();

        var refusal = Assert.Throws<DomainRuleException>(() => Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force", new DateOnly(2007, 12, 1), "Brussels", isOnline: false));

        Assert.Equal("partnership.life.before-start", refusal.Rule);
        Assert.StartsWith("A meeting on ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("before the partnership's life begins", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_after_the_partnership_was_concluded_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        partnership.ChangeStatus(PartnershipStatus.Concluded, new DateOnly(2015, 6, 30));

        var refusal = Assert.Throws<DomainRuleException>(() => Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force", new DateOnly(2016, 1, 10), "Brussels", isOnline: false));

        Assert.Equal("partnership.life.after-end", refusal.Rule);
    }

    [Fact]
    public void A_meeting_needs_a_place_or_to_be_online()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Meeting.Plan(Known.SignedMobilityPartnership(), MeetingKind.TaskForce, "Task force", HeldOn, "  ", isOnline: false));

        Assert.Equal("meeting.place.required", refusal.Rule);
    }

    [Fact]
    public void A_task_force_with_a_partner_country_chair_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force", HeldOn, "Brussels", isOnline: false);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.SetChairs([new MeetingChair(Guid.NewGuid(), ChairRole.Commission), new MeetingChair(partnership.PartnerCountryId!.Value, ChairRole.PartnerCountry)]));

        Assert.Equal("meeting.chair.partner-country-in-task-force", refusal.Rule);
        Assert.Empty(meeting.Chairs);
    }

    [Fact]
    public void A_cooperation_platform_is_co_chaired_by_the_commission_the_presidency_and_the_partner_country()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Platform(partnership);
        MeetingChair[] chairs = [new(Guid.NewGuid(), ChairRole.Commission), new(Guid.NewGuid(), ChairRole.Presidency), new(partnership.PartnerCountryId!.Value, ChairRole.PartnerCountry)];

        meeting.SetChairs(chairs);

        Assert.Equal(chairs, meeting.Chairs);
    }

    [Fact]
    public void Approved_minutes_are_locked()
    {
        var meeting = Platform();
        meeting.DraftMinutes("Draft", ["Meet again in June."]);
        meeting.ApproveMinutes("Focal point", new DateTimeOffset(2009, 3, 20, 10, 0, 0, TimeSpan.Zero), Known.Utc);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.DraftMinutes("Changed", []));

        Assert.Equal("meeting.minutes.locked", refusal.Rule);
        Assert.Contains("locked; a change is now a corrigendum", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("Draft", meeting.Minutes);
        Assert.Equal(["Meet again in June."], meeting.Decisions);
        Assert.Throws<DomainRuleException>(() => meeting.ApproveMinutes("Someone else", new DateTimeOffset(2009, 3, 21, 10, 0, 0, TimeSpan.Zero), Known.Utc));
        Assert.Equal("Focal point", meeting.MinutesApprovedBy);
    }

    [Fact]
    public void A_corrigendum_is_issued_only_after_approval_and_is_dated()
    {
        var meeting = Platform();
        meeting.DraftMinutes("Draft", []);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.IssueCorrigendum("Correction", "Focal point", DateTimeOffset.UnixEpoch));
        Assert.Equal("meeting.corrigendum.not-approved", refusal.Rule);
        Assert.Empty(meeting.Corrigenda);

        meeting.ApproveMinutes("Focal point", new DateTimeOffset(2009, 3, 20, 10, 0, 0, TimeSpan.Zero), Known.Utc);
        var issuedAt = new DateTimeOffset(2009, 4, 2, 9, 0, 0, TimeSpan.Zero);
        meeting.IssueCorrigendum("Point 3 read 'June', not 'July'.", "Focal point", issuedAt);

        var corrigendum = Assert.Single(meeting.Corrigenda);
        Assert.Equal(("Point 3 read 'June', not 'July'.", issuedAt), (corrigendum.Text, corrigendum.IssuedAt));
        Assert.Equal("Draft", meeting.Minutes);
    }

    [Fact]
    public void A_meeting_records_at_most_100_decisions_blank_lines_not_counted()
    {
        var meeting = Platform();
        var most = Enumerable.Range(1, Meeting.MaxDecisions).Select(i => $"Decision {i}").ToList();
        meeting.DraftMinutes("Draft", [.. most, " ", ""]);
        Assert.Equal(100, meeting.Decisions.Count);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.DraftMinutes("Changed", [.. most, "One more"]));

        Assert.Equal(("meeting.decisions.too-many", "A meeting records at most 100 decisions."), (refusal.Rule, refusal.Message));
        Assert.Equal("Draft", meeting.Minutes);
        Assert.Equal(most, meeting.Decisions);
    }

    [Fact]
    public void Approved_minutes_take_at_most_20_corrigenda()
    {
        var meeting = Platform();
        meeting.DraftMinutes("Draft", []);
        meeting.ApproveMinutes("Focal point", new DateTimeOffset(2009, 3, 20, 10, 0, 0, TimeSpan.Zero), Known.Utc);
        for (var i = 1; i <= Meeting.MaxCorrigenda; i++)
        {
            meeting.IssueCorrigendum($"Correction {i}", "Focal point", new DateTimeOffset(2009, 4, i, 9, 0, 0, TimeSpan.Zero));
        }

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.IssueCorrigendum("One more", "Focal point", new DateTimeOffset(2009, 5, 1, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(("meeting.corrigenda.too-many", "Approved minutes take at most 20 corrigenda."), (refusal.Rule, refusal.Message));
        Assert.Equal(20, meeting.Corrigenda.Count);
    }

    [Fact]
    public void Minutes_are_not_approved_before_the_meeting_is_held()
    {
        var meeting = Platform();
        meeting.DraftMinutes("Draft", []);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.ApproveMinutes("Focal point", new DateTimeOffset(2009, 3, 1, 10, 0, 0, TimeSpan.Zero), Known.Utc));

        Assert.Equal("meeting.minutes.before-meeting", refusal.Rule);
        Assert.False(meeting.MinutesLocked);
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    public void A_meeting_dated_outside_1990_to_2100_is_refused(int year, int month, int day)
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Platform(partnership);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", new DateOnly(year, month, day), "Praia", false, [], [], Known.Utc));

        Assert.Equal("meeting.held-on.out-of-range", refusal.Rule);
        Assert.Equal(HeldOn, meeting.HeldOn);
    }

    [Fact]
    public void A_meeting_cannot_move_past_the_day_one_of_its_action_points_falls_due()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Platform(partnership);
        var point = ActionPoint.Record(meeting, "Send the indicator values", null, "Desk officer", HeldOn.AddDays(10));

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", HeldOn.AddDays(11), "Praia", false, [point], [], Known.Utc));

        Assert.Equal("meeting.held-on.after-action-point-due", refusal.Rule);
        Assert.Equal(HeldOn, meeting.HeldOn);
        meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", HeldOn.AddDays(10), "Praia", false, [point], [], Known.Utc);
        Assert.Equal(HeldOn.AddDays(10), meeting.HeldOn);
    }

    [Fact]
    public void A_meeting_whose_minutes_are_approved_cannot_move_past_the_day_of_approval()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Platform(partnership);
        meeting.DraftMinutes("Draft", []);
        meeting.ApproveMinutes("Focal point", new DateTimeOffset(2009, 3, 20, 10, 0, 0, TimeSpan.Zero), Known.Utc);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", new DateOnly(2009, 3, 21), "Praia", false, [], [], Known.Utc));

        Assert.Equal("meeting.held-on.after-minutes-approved", refusal.Rule);
        Assert.Equal(HeldOn, meeting.HeldOn);
    }

    [Fact]
    public void A_meeting_cannot_move_before_the_day_an_item_of_its_agenda_was_proposed_declined_or_not()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Platform(partnership);
        var accepted = AgendaItem.Propose(meeting, "Seasonal work", null, "Ana Focal", new DateTimeOffset(2009, 3, 2, 9, 0, 0, TimeSpan.Zero), Known.Utc);
        accepted.Accept(meeting, 1);
        var declined = AgendaItem.Propose(meeting, "Visa facilitation", null, "Ana Focal", new DateTimeOffset(2009, 3, 5, 23, 30, 0, TimeSpan.Zero), Known.Utc);
        declined.Decline(meeting);

        var refusal = Assert.Throws<DomainRuleException>(() => meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", new DateOnly(2009, 3, 4), "Praia", false, [], [accepted, declined], Known.Utc));

        Assert.Equal(("meeting.held-on.before-agenda-item-proposed", HeldOn), (refusal.Rule, meeting.HeldOn));
        meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", new DateOnly(2009, 3, 5), "Praia", false, [], [accepted, declined], Known.Utc);
        Assert.Equal(new DateOnly(2009, 3, 5), meeting.HeldOn);
    }

    [Fact]
    public void A_proposal_and_the_meeting_day_are_judged_in_the_same_calendar()
    {
        var partnership = Known.SignedMobilityPartnership();
        var meeting = Platform(partnership);

        // 11 March, 23:30 UTC is 12 March, 00:30 in Brussels: the meeting's day has come, and an item is no longer proposed for it.
        var late = Assert.Throws<DomainRuleException>(() => AgendaItem.Propose(meeting, "Too late", null, "Ana Focal", new DateTimeOffset(2009, 3, 12, 23, 30, 0, TimeSpan.Zero), Known.Brussels));
        var inTime = AgendaItem.Propose(meeting, "Just in time", null, "Ana Focal", new DateTimeOffset(2009, 3, 11, 23, 30, 0, TimeSpan.Zero), Known.Brussels);

        Assert.Equal("agenda.after-meeting", late.Rule);
        var refusal = Assert.Throws<DomainRuleException>(() => meeting.Reschedule(partnership, MeetingKind.CooperationPlatform, "Moved", new DateOnly(2009, 3, 11), "Praia", false, [], [inTime], Known.Brussels));
        Assert.Equal("meeting.held-on.before-agenda-item-proposed", refusal.Rule);
    }
}
