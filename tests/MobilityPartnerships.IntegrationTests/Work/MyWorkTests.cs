using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.ActionPoints.Completing;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;
using MobilityPartnerships.Web.Features.Agenda.Proposing;
using MobilityPartnerships.Web.Features.Work.MyWork;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Work;

/// <summary>Each user's own page, read from PostgreSQL through the app's services, per role (see <see cref="MyWorkWorld"/>).</summary>
public sealed class MyWorkTests(MyWorkWorld world) : IClassFixture<MyWorkWorld>
{
    [Fact]
    public async Task An_official_sees_every_initiative_their_state_leads_or_is_only_a_partner_in_across_partnerships()
    {
        var work = await ReadAsync(world.Official);

        Assert.Equal(WorkView.Official, work.View);
        Assert.Equal(["First partnership (work)", "Second partnership (work)"], work.Partnerships.Select(p => p.Name));
        var initiatives = Assert.IsType<WorkInitiatives>(work.Initiatives);
        Assert.Equal(["A leads", "A partner, late", "A partner, up to date"], initiatives.Rows.Select(r => r.Title).Order(StringComparer.Ordinal));
        Assert.Equal(3, initiatives.Count);

        // The scoreboard's own counts: both without a recent update (the one updated today is not), one past its end.
        Assert.Equal(2, initiatives.NeedingUpdate);
        Assert.Equal(1, initiatives.Late);
    }

    [Fact]
    public async Task An_official_sees_nothing_outside_their_scope()
    {
        var work = await ReadAsync(world.Official);

        // "Third, A named" names A but lies in a partnership A does not take part in; "B only" does not involve A.
        Assert.DoesNotContain(work.Initiatives!.Rows, r => r.PartnershipId == world.Third || r.Title == "B only");
        Assert.DoesNotContain(work.Partnerships, p => p.Id == world.Third);
        Assert.All(work.Meetings, m => Assert.NotEqual(world.Third, m.PartnershipId));
        Assert.Equal([world.OwnActionPoint], work.ActionPoints.Select(a => a.Id));
        Assert.Equal(["Seasonal workers"], work.AgendaItems.Select(a => a.Title));
    }

    [Fact]
    public async Task An_agenda_item_is_found_by_the_account_that_proposed_it_not_by_a_namesake()
    {
        // Two officials of A with the same display name: each sees only the items their own account proposed.
        var namesake = await TestAccounts.CreateAsync(world, MyWorkWorld.OfficialName, Role.MemberStateOfficial, world.MemberStateA);
        await using (var scope = world.As(namesake))
        {
            var propose = scope.ServiceProvider.GetRequiredService<ProposeAgendaItem>();
            var created = Assert.IsType<WriteOutcome.Created>(await propose.ExecuteAsync(
                world.SecondMeeting, new AgendaItemDraft { Title = "Namesake's item" }, TestContext.Current.CancellationToken));
            await using var db = await world.CreateContextAsync();
            var stored = await db.AgendaItems.SingleAsync(a => a.Id == created.Id, TestContext.Current.CancellationToken);
            Assert.Equal(Web.Security.Accounts.AccountClaims.UserIdOf(namesake), stored.ProposedByAccountId);
            Assert.Equal(MyWorkWorld.OfficialName, stored.ProposedBy);
        }

        Assert.Equal(["Namesake's item"], (await ReadAsync(namesake)).AgendaItems.Select(a => a.Title));
        Assert.Equal(["Seasonal workers"], (await ReadAsync(world.Official)).AgendaItems.Select(a => a.Title));
    }

    [Fact]
    public async Task An_official_sees_indicator_values_due_and_the_coming_meetings_they_attend()
    {
        var work = await ReadAsync(world.Official);

        var due = Assert.Single(work.IndicatorsDue);
        Assert.Equal(world.StaleIndicator, due.IndicatorId);
        Assert.Equal(Domain.Indicators.ReportingPeriod.LastQuarterEndedBefore(world.Today), work.IndicatorQuarter);
        Assert.Equal([world.SecondMeeting, world.ComingMeeting], work.Meetings.Select(m => m.Id));
    }

    [Fact]
    public async Task A_focal_point_sees_for_their_partnership_what_needs_an_update_and_who_leads_it_and_what_waits()
    {
        var work = await ReadAsync(world.FocalPoint);

        Assert.Equal(WorkView.FocalPoint, work.View);
        Assert.Equal([world.First], work.Partnerships.Select(p => p.Id));
        Assert.Equal(["A leads", "A partner, late"], work.Initiatives!.Rows.Select(r => r.Title).Order(StringComparer.Ordinal));
        Assert.All(work.Initiatives.Rows, r => Assert.NotNull(r.Lead));
        Assert.Equal(2, work.Initiatives.NeedingUpdate);
        Assert.Equal(["Seasonal workers"], work.AgendaItems.Select(a => a.Title));
        Assert.Equal([world.PastMeeting], work.MinutesToApprove.Select(m => m.MeetingId));
        var next = Assert.Single(work.Meetings);
        Assert.Equal(world.ComingMeeting, next.Id);

        // Nothing published, two initiatives without an update, one proposal waiting: the pack is not ready, for all three reasons.
        var readiness = BriefingPackReadiness.Of(next, work);
        Assert.Equal(new BriefingPackReadiness(false, 2, 1), readiness);
        Assert.False(readiness.IsReady);
    }

    [Fact]
    public async Task A_task_force_member_sees_the_coming_meetings_the_minutes_waiting_for_their_comment_and_the_versions()
    {
        var work = await ReadAsync(world.TaskForceMember);

        Assert.Equal(WorkView.TaskForce, work.View);
        Assert.Equal([world.First], work.Partnerships.Select(p => p.Id));
        Assert.Equal([world.ComingMeeting], work.Meetings.Select(m => m.Id));
        Assert.Equal([world.PastMeeting], work.MinutesToComment.Select(m => m.MeetingId));
        Assert.Empty(work.Versions);
        Assert.Null(work.Initiatives);
    }

    [Fact]
    public async Task The_statements_of_the_page_are_bounded_and_the_same_for_one_partnership_as_for_three()
    {
        var ofOne = await CountAsync(world.FocalPoint);
        var ofThree = await CountAsync(await TestAccounts.CreateAsync(world, "Focal point of three (work)", Role.FocalPoint, null, world.First, world.Second, world.Third));
        var official = await CountAsync(world.Official);
        var reviewer = await CountAsync(world.TaskForceMember);

        Assert.Equal(ofOne, ofThree);
        Assert.InRange(ofOne, 1, 12);
        Assert.InRange(official, 1, 16);
        Assert.InRange(reviewer, 1, 10);
    }

    [Fact]
    public async Task The_owner_marks_their_action_point_done_and_nobody_else_may()
    {
        await using var db = await world.CreateContextAsync();
        var point = await db.ActionPoints.AsNoTracking().SingleAsync(a => a.Id == world.OthersActionPoint, TestContext.Current.CancellationToken);

        // The Member State official who does not own it is refused, and nothing changes.
        await using (var scope = world.As(world.Official))
        {
            var refused = await scope.ServiceProvider.GetRequiredService<CompleteActionPoint>().ExecuteAsync(point.Id, point.Version, TestContext.Current.CancellationToken);
            Assert.IsType<WriteOutcome.Refused>(refused);
        }

        Assert.Equal(ActionPointStatus.Open, await StatusAsync(point.Id));

        // A version read before a change is stale.
        await using (var scope = world.As(world.OtherOfficial))
        {
            var stale = await scope.ServiceProvider.GetRequiredService<CompleteActionPoint>().ExecuteAsync(point.Id, point.Version + 1, TestContext.Current.CancellationToken);
            Assert.IsType<WriteOutcome.Stale>(stale);
            Assert.Equal(ActionPointStatus.Open, await StatusAsync(point.Id));

            var done = await scope.ServiceProvider.GetRequiredService<CompleteActionPoint>().ExecuteAsync(point.Id, point.Version, TestContext.Current.CancellationToken);
            Assert.IsType<WriteOutcome.Done>(done);
        }

        Assert.Equal(ActionPointStatus.Done, await StatusAsync(point.Id));
        Assert.DoesNotContain((await ReadAsync(world.OtherOfficial)).ActionPoints, a => a.Id == point.Id);
    }

    [Fact]
    public async Task An_action_point_is_recorded_with_an_owner_account_of_the_partnership_only()
    {
        await using var scope = world.As(world.FocalPoint);
        var record = scope.ServiceProvider.GetRequiredService<RecordActionPoint>();
        var outsider = await TestAccounts.CreateAsync(world, "Task-force member elsewhere (work)", Role.TaskForceMember, null, world.Third);
        var refused = await record.ExecuteAsync(world.ComingMeeting, new ActionPointDraft { Text = "Outsider's point", OwnerAccountId = Web.Security.Accounts.AccountClaims.UserIdOf(outsider), DueOn = world.Today.AddDays(30) }, TestContext.Current.CancellationToken);
        var invalid = Assert.IsType<WriteOutcome.Invalid>(refused);
        Assert.Equal(nameof(ActionPointDraft.OwnerAccountId), Assert.Single(invalid.Errors).Path);

        var created = Assert.IsType<WriteOutcome.Created>(await record.ExecuteAsync(
            world.ComingMeeting,
            new ActionPointDraft { Text = "Reviewer's point", OwnerAccountId = Web.Security.Accounts.AccountClaims.UserIdOf(world.TaskForceMember), DueOn = world.Today.AddDays(30) },
            TestContext.Current.CancellationToken));
        await using var db = await world.CreateContextAsync();
        Assert.Equal(Web.Security.Accounts.AccountClaims.UserIdOf(world.TaskForceMember), (await db.ActionPoints.SingleAsync(a => a.Id == created.Id, TestContext.Current.CancellationToken)).OwnerAccountId);
        Assert.False(await db.ActionPoints.AnyAsync(a => a.Text == "Outsider's point", TestContext.Current.CancellationToken));
    }

    private async Task<MyWork> ReadAsync(ClaimsPrincipal user)
    {
        await using var scope = world.As(user);
        return await scope.ServiceProvider.GetRequiredService<GetMyWork>().ExecuteAsync(TestContext.Current.CancellationToken)
            ?? throw new InvalidOperationException("No work read.");
    }

    private async Task<ActionPointStatus> StatusAsync(Guid id)
    {
        await using var db = await world.CreateContextAsync();
        return await db.ActionPoints.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The statements one page read sends, within one access event as a request has (see docs/decisions, "a page's statements").</summary>
    private async Task<int> CountAsync(ClaimsPrincipal user)
    {
        var counter = new CommandCounter();
        await using var services = AppServices.Build(
            world.Database.ConnectionString,
            replace: s => s.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(counter)));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user);
        scope.ServiceProvider.GetRequiredService<AccessEvents>().Begin();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<GetMyWork>().ExecuteAsync(TestContext.Current.CancellationToken));
        return counter.Commands;
    }
}
