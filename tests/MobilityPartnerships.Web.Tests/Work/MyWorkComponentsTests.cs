using Bunit;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Features.Work.MyWork;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Work;

/// <summary>The parts of the "My work" page that decide something: marking one's action point done, and a focal point's partnership card.</summary>
public sealed class MyWorkComponentsTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly Guid First = Guid.CreateVersion7();
    private static readonly Guid Second = Guid.CreateVersion7();

    [Fact]
    public void Marking_an_action_point_done_removes_it_and_says_so()
    {
        var (send, book) = (Point("Send the figures"), Point("Book the room"));
        var asked = new List<Guid>();
        var list = Render<OwnActionPoints>(p => p
            .Add(c => c.Points, [send, book])
            .Add(c => c.PartnershipName, _ => "First")
            .Add(c => c.MarkDone, point =>
            {
                asked.Add(point.Id);
                return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
            }));

        list.FindAll("[data-testid=work-mark-done]")[0].Click();

        Assert.Equal([send.Id], asked);
        Assert.Equal("Marked done: Send the figures", list.Find("[data-testid=work-action-point-outcome]").TextContent.Trim());
        var left = Assert.Single(list.FindAll("[data-testid=work-action-point]"));
        Assert.Contains("Book the room", left.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_point_changed_meanwhile_stays_and_the_user_is_told_who_changed_it()
    {
        var list = Render<OwnActionPoints>(p => p
            .Add(c => c.Points, [Point("Send the figures")])
            .Add(c => c.PartnershipName, _ => "First")
            .Add(c => c.MarkDone, _ => Task.FromResult<WriteOutcome>(new WriteOutcome.Stale("Demo focal point", DateTimeOffset.UtcNow))));

        list.Find("[data-testid=work-mark-done]").Click();

        Assert.StartsWith("Demo focal point changed this action point", list.Find("[data-testid=work-action-point-outcome]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Single(list.FindAll("[data-testid=work-action-point]"));
    }

    [Fact]
    public void A_refusal_is_shown_in_its_own_words_and_the_point_stays()
    {
        var list = Render<OwnActionPoints>(p => p
            .Add(c => c.Points, [Point("Send the figures")])
            .Add(c => c.PartnershipName, _ => "First")
            .Add(c => c.MarkDone, _ => Task.FromResult<WriteOutcome>(new WriteOutcome.Refused("You may not mark this action point done."))));

        list.Find("[data-testid=work-mark-done]").Click();

        Assert.Equal("You may not mark this action point done.", list.Find("[data-testid=work-action-point-outcome]").TextContent.Trim());
        Assert.Single(list.FindAll("[data-testid=work-action-point]"));
    }

    [Fact]
    public void A_partnership_card_shows_only_its_own_items_and_why_the_briefing_pack_is_not_ready()
    {
        var coming = new WorkMeeting(Guid.CreateVersion7(), First, "Task force", MeetingKind.TaskForce, Today.AddDays(5), 1);
        var work = new MyWork(WorkView.FocalPoint, Today, 90, [new(First, "First"), new(Second, "Second")])
        {
            Initiatives = new WorkInitiatives([Row(First, "Stale in first", "Sweden"), Row(Second, "Stale in second", "Ireland")], 2, 2, 0)
            {
                NeedingUpdateByPartnership = new Dictionary<Guid, int> { [First] = 1, [Second] = 1 },
            },
            Meetings = [coming],
            AgendaItems = [new(Guid.CreateVersion7(), coming.Id, First, "Task force", coming.HeldOn, "Seasonal workers", "Demo official of Sweden", AgendaItemStatus.Proposed)],
        };

        var card = Render<PartnershipWork>(p => p.Add(c => c.Partnership, work.Partnerships[0]).Add(c => c.Work, work));

        var stale = Assert.Single(card.FindAll("[data-testid=work-stale-initiative]"));
        Assert.Contains("Stale in first", stale.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sweden", stale.TextContent, StringComparison.Ordinal);
        Assert.Single(card.FindAll("[data-testid=work-proposal]"));
        Assert.NotNull(card.Find("[data-testid=work-pack-not-ready]"));
        Assert.Equal(
            "no published version to compare with · initiatives needing an update: 1 · agenda proposals waiting: 1",
            card.Find("[data-testid=work-pack-reasons]").TextContent.Trim());
    }

    [Fact]
    public void A_briefing_pack_is_ready_once_a_version_is_published_nothing_needs_an_update_and_no_proposal_waits()
    {
        var coming = new WorkMeeting(Guid.CreateVersion7(), First, "Task force", MeetingKind.TaskForce, Today.AddDays(5), 0);
        var work = new MyWork(WorkView.FocalPoint, Today, 90, [new(First, "First")])
        {
            Initiatives = new WorkInitiatives([Row(Second, "Stale elsewhere", "Ireland")], 1, 1, 0)
            {
                NeedingUpdateByPartnership = new Dictionary<Guid, int> { [Second] = 1 },
            },
            Meetings = [coming],
            Versions = [new(First, 3, DateTimeOffset.UtcNow.AddDays(-10), null)],
        };

        var card = Render<PartnershipWork>(p => p.Add(c => c.Partnership, work.Partnerships[0]).Add(c => c.Work, work));

        Assert.NotNull(card.Find("[data-testid=work-pack-ready]"));
        Assert.Empty(card.FindAll("[data-testid=work-pack-not-ready]"));
        Assert.Empty(card.FindAll("[data-testid=work-stale-initiative]"));
    }

    [Fact]
    public void A_partnership_card_counts_all_its_initiatives_needing_an_update_and_says_how_many_it_lists()
    {
        var coming = new WorkMeeting(Guid.CreateVersion7(), First, "Task force", MeetingKind.TaskForce, Today.AddDays(5), 0);
        var work = new MyWork(WorkView.FocalPoint, Today, 90, [new(First, "First"), new(Second, "Second")])
        {
            // The page's rows are capped across partnerships: two of First's 10,001 were listed.
            Initiatives = new WorkInitiatives([Row(First, "Listed one", "Sweden"), Row(First, "Listed two", "Sweden")], 10_002, 10_002, 0)
            {
                NeedingUpdateByPartnership = new Dictionary<Guid, int> { [First] = 10_001, [Second] = 1 },
            },
            Meetings = [coming],
            Versions = [new(First, 3, DateTimeOffset.UtcNow.AddDays(-10), null)],
        };

        var card = Render<PartnershipWork>(p => p.Add(c => c.Partnership, work.Partnerships[0]).Add(c => c.Work, work));

        Assert.Equal("Need an update: 10,001", card.Find("[data-testid=work-count-stale]").TextContent.Trim());
        Assert.Equal(2, card.FindAll("[data-testid=work-stale-initiative]").Count);
        Assert.Equal("Showing 2 of 10,001.", card.Find("[data-testid=work-stale-showing]").TextContent.Trim());
        Assert.Equal("initiatives needing an update: 10,001", card.Find("[data-testid=work-pack-reasons]").TextContent.Trim());
    }

    [Fact]
    public void A_briefing_pack_is_not_ready_while_an_initiative_needs_an_update_even_one_the_page_does_not_list()
    {
        var coming = new WorkMeeting(Guid.CreateVersion7(), Second, "Platform", MeetingKind.CooperationPlatform, Today.AddDays(5), 0);
        var work = new MyWork(WorkView.FocalPoint, Today, 90, [new(First, "First"), new(Second, "Second")])
        {
            Initiatives = new WorkInitiatives([Row(First, "Stale in first", "Sweden")], 2, 2, 0)
            {
                NeedingUpdateByPartnership = new Dictionary<Guid, int> { [First] = 1, [Second] = 1 },
            },
            Meetings = [coming],
            Versions = [new(Second, 1, DateTimeOffset.UtcNow.AddDays(-10), null)],
        };

        var card = Render<PartnershipWork>(p => p.Add(c => c.Partnership, work.Partnerships[1]).Add(c => c.Work, work));

        Assert.Empty(card.FindAll("[data-testid=work-pack-ready]"));
        Assert.Equal("initiatives needing an update: 1", card.Find("[data-testid=work-pack-reasons]").TextContent.Trim());
        Assert.Equal("Showing 0 of 1.", card.Find("[data-testid=work-stale-showing]").TextContent.Trim());
    }

    [Fact]
    public void An_initiative_without_a_lead_reads_as_on_the_scoreboard()
    {
        var leadless = Row(First, "Nobody leads", null);
        var work = new MyWork(WorkView.FocalPoint, Today, 90, [new(First, "First")])
        {
            Initiatives = new WorkInitiatives([leadless], 1, 1, 0) { NeedingUpdateByPartnership = new Dictionary<Guid, int> { [First] = 1 } },
        };

        var card = Render<PartnershipWork>(p => p.Add(c => c.Partnership, work.Partnerships[0]).Add(c => c.Work, work));

        var scoreboard = InitiativeFields.GridColumns.Single(c => c.Column == ScoreboardColumn.Lead).Text(Texts.Strings, leadless);
        Assert.Equal("To be determined", scoreboard);
        var cells = card.Find("[data-testid=work-stale-initiative]").QuerySelectorAll("td").Select(td => td.TextContent.Trim());
        Assert.Contains(scoreboard, cells);
    }

    private static WorkActionPoint Point(string text) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), First, "Task force", true, text, Today.AddDays(3), false, 7);

    private static ScoreboardRow Row(Guid partnershipId, string title, string? lead) => new()
    {
        Id = Guid.CreateVersion7(),
        PartnershipId = partnershipId,
        Title = title,
        Lead = lead,
        Status = InitiativeStatus.Ongoing,
    };
}
