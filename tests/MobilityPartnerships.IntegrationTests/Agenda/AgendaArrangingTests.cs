using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.IntegrationTests.Meetings;
using MobilityPartnerships.Web.Features.Agenda.Arranging;
using MobilityPartnerships.Web.Features.Agenda.Proposing;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Agenda;

/// <summary>A meeting's agenda on PostgreSQL: attendees propose items, and only those who prepare the meeting accept and order them.</summary>
public sealed class AgendaArrangingTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task Proposed_items_are_accepted_in_order()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 5, 14));
        await using (var attendee = world.As(world.Users["TaskForceMember"]))
        {
            var propose = attendee.ServiceProvider.GetRequiredService<ProposeAgendaItem>();
            Assert.IsType<WriteOutcome.Created>(await propose.ExecuteAsync(meeting, new AgendaItemDraft { Title = "First item" }, Ct));
            Assert.IsType<WriteOutcome.Created>(await propose.ExecuteAsync(meeting, new AgendaItemDraft { Title = "Second item", Note = "Why it matters" }, Ct));
            var refused = await attendee.ServiceProvider.GetRequiredService<ArrangeAgenda>().ExecuteAsync(meeting, Guid.NewGuid(), 0, AgendaMove.Accept, Ct);
            Assert.IsType<WriteOutcome.Refused>(refused);
        }

        await using var scope = world.As(FocalPoint);
        var get = scope.ServiceProvider.GetRequiredService<GetMeeting>();
        var arrange = scope.ServiceProvider.GetRequiredService<ArrangeAgenda>();
        foreach (var item in (await get.ExecuteAsync(meeting, Ct))!.Proposed.ToList())
        {
            Assert.IsType<WriteOutcome.Done>(await arrange.ExecuteAsync(meeting, item.Id, item.Version, AgendaMove.Accept, Ct));
        }

        var second = (await get.ExecuteAsync(meeting, Ct))!.Accepted.Last();
        Assert.IsType<WriteOutcome.Done>(await arrange.ExecuteAsync(meeting, second.Id, second.Version, AgendaMove.Up, Ct));
        Assert.Equal(["Second item", "First item"], (await get.ExecuteAsync(meeting, Ct))!.Accepted.Select(a => a.Title));
    }

    [Fact]
    public async Task An_item_already_proposed_is_refused_at_its_title_in_any_case_and_may_be_proposed_again_once_declined()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 6, 11));
        await using (var attendee = world.As(world.Users["TaskForceMember"]))
        {
            var propose = attendee.ServiceProvider.GetRequiredService<ProposeAgendaItem>();
            Assert.IsType<WriteOutcome.Created>(await propose.ExecuteAsync(meeting, new AgendaItemDraft { Title = "Seasonal work pilot" }, Ct));

            // A second click, or a colleague proposing the same: stored twice before.
            var again = await propose.ExecuteAsync(meeting, new AgendaItemDraft { Title = "  seasonal WORK pilot " }, Ct);

            var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(again).Errors);
            Assert.Equal(nameof(AgendaItemDraft.Title), error.Path);
            Assert.Contains("already proposed", error.Message, StringComparison.Ordinal);
        }

        await using var scope = world.As(FocalPoint);
        var get = scope.ServiceProvider.GetRequiredService<GetMeeting>();
        var item = Assert.Single((await get.ExecuteAsync(meeting, Ct))!.Proposed);
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<ArrangeAgenda>().ExecuteAsync(meeting, item.Id, item.Version, AgendaMove.Decline, Ct));
        Assert.IsType<WriteOutcome.Created>(await scope.ServiceProvider.GetRequiredService<ProposeAgendaItem>().ExecuteAsync(meeting, new AgendaItemDraft { Title = "Seasonal work pilot" }, Ct));
    }

    [Fact]
    public async Task An_item_proposed_for_a_meeting_already_held_is_refused_and_nothing_is_stored()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2012, 5, 2));
        var items = await steps.CountAsync(db => db.AgendaItems);
        await using var attendee = world.As(world.Users["TaskForceMember"]);

        var outcome = await attendee.ServiceProvider.GetRequiredService<ProposeAgendaItem>().ExecuteAsync(meeting, new AgendaItemDraft { Title = "Too late" }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Contains("2 May 2012", error.Message, StringComparison.Ordinal);
        Assert.Equal(items, await steps.CountAsync(db => db.AgendaItems));
    }
}
