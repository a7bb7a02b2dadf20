using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.ActionPoints.ChangingStatus;
using MobilityPartnerships.Web.Features.ActionPoints.Listing;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;
using MobilityPartnerships.Web.Features.Agenda.Arranging;
using MobilityPartnerships.Web.Features.Agenda.Proposing;
using MobilityPartnerships.Web.Features.Meetings.Calendar;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Features.Meetings.Planning;
using MobilityPartnerships.Web.Features.Minutes.Approving;
using MobilityPartnerships.Web.Features.Minutes.Commenting;
using MobilityPartnerships.Web.Features.Minutes.Correcting;
using MobilityPartnerships.Web.Features.Minutes.Drafting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>
/// Meetings on PostgreSQL, through the handlers as each user would use them: bad input is refused with its message
/// and changes nothing; only those who prepare a meeting manage it; task forces stay internal to the EU side; open
/// action points are carried into the next meeting's agenda and listed for the partnership's page.
/// </summary>
public sealed class MeetingsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => world.Users["FocalPoint"];

    [Fact]
    public async Task A_meeting_dated_before_the_partnerships_life_is_refused_at_its_date_and_nothing_is_stored()
    {
        var before = await CountAsync(db => db.Meetings);
        await using var scope = world.As(FocalPoint);
        var draft = await DraftAsync(scope, MeetingKind.TaskForce, new DateOnly(2009, 6, 1));

        var outcome = await scope.ServiceProvider.GetRequiredService<PlanMeeting>().PlanAsync(world.Inside, draft, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(MeetingDraft.HeldOn), error.Path);
        Assert.StartsWith("A meeting on ", error.Message, StringComparison.Ordinal);
        Assert.Contains("is before the partnership's life begins", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(db => db.Meetings));
    }

    [Fact]
    public async Task A_task_force_with_a_partner_country_chair_is_refused_and_nothing_is_stored()
    {
        var before = await CountAsync(db => db.Meetings);
        await using var scope = world.As(FocalPoint);
        var draft = await DraftAsync(scope, MeetingKind.TaskForce, new DateOnly(2027, 2, 4));
        draft.PartnerCountryChairId = await PartnerCountryAsync();

        var outcome = await scope.ServiceProvider.GetRequiredService<PlanMeeting>().PlanAsync(world.Inside, draft, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(MeetingDraft.PartnerCountryChairId), "The task force is internal EU coordination: it has no partner-country chair."), (error.Path, error.Message));
        Assert.Equal(before, await CountAsync(db => db.Meetings));
    }

    [Fact]
    public async Task An_action_point_due_before_its_meeting_is_refused_at_its_date_and_nothing_is_stored()
    {
        var meeting = await PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2026, 6, 10));
        var before = await CountAsync(db => db.ActionPoints);
        await using var scope = world.As(FocalPoint);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the indicator values", OwnerPerson = "Desk officer", DueOn = new DateOnly(2026, 6, 9) }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(ActionPointDraft.DueOn), error.Path);
        Assert.StartsWith("An action point cannot be due on ", error.Message, StringComparison.Ordinal);
        Assert.Contains("before its meeting on ", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(db => db.ActionPoints));
    }

    [Fact]
    public async Task A_member_state_official_may_not_manage_a_meeting_and_nothing_changes()
    {
        await using var scope = world.As(world.Users["MemberStateOfficial"]);
        var version = await VersionAsync(world.PlatformMeeting);

        var outcome = await scope.ServiceProvider.GetRequiredService<DraftMinutes>().ExecuteAsync(world.PlatformMeeting, version, new MinutesDraft { Minutes = "Our own minutes" }, Ct);
        var planning = await scope.ServiceProvider.GetRequiredService<PlanMeeting>().LoadAsync(world.PlatformMeeting, Ct);

        Assert.Equal("You may not prepare this meeting.", Assert.IsType<WriteOutcome.Refused>(outcome).Message);
        Assert.Null(planning);
        await using var db = await world.CreateContextAsync();
        Assert.Null((await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == world.PlatformMeeting, Ct)).Minutes);
    }

    [Fact]
    public async Task A_partner_country_official_neither_lists_nor_opens_a_task_force_but_sees_a_cooperation_platform()
    {
        await using var scope = world.As(world.Users["PartnerCountryOfficial"]);

        var calendar = await scope.ServiceProvider.GetRequiredService<ListMeetings>().ExecuteAsync(null, null, Ct);
        var listed = calendar.Coming.Concat(calendar.Past).Select(m => m.Id).ToList();
        var taskForce = await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(world.TaskForceMeeting, Ct);
        var platform = await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(world.PlatformMeeting, Ct);
        var proposal = await scope.ServiceProvider.GetRequiredService<ProposeAgendaItem>().ExecuteAsync(world.TaskForceMeeting, new AgendaItemDraft { Title = "Our item" }, Ct);

        Assert.DoesNotContain(world.TaskForceMeeting, listed);
        Assert.DoesNotContain(world.OutsideMeeting, listed);
        Assert.Contains(world.PlatformMeeting, listed);
        Assert.Null(taskForce);
        Assert.Equal("Cooperation platform", platform?.Title);
        Assert.IsType<WriteOutcome.NotFound>(proposal);

        await using var focalPoint = world.As(FocalPoint);
        var seen = await focalPoint.ServiceProvider.GetRequiredService<ListMeetings>().ExecuteAsync(null, MeetingKind.TaskForce, Ct);
        Assert.Contains(world.TaskForceMeeting, seen.Past.Select(m => m.Id));
        Assert.DoesNotContain(world.PlatformMeeting, seen.Past.Select(m => m.Id));
    }

    [Fact]
    public async Task An_unknown_meeting_is_not_found()
    {
        await using var scope = world.As(FocalPoint);

        Assert.Null(await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(Guid.NewGuid(), Ct));
        Assert.IsType<WriteOutcome.NotFound>(await scope.ServiceProvider.GetRequiredService<ProposeAgendaItem>().ExecuteAsync(Guid.NewGuid(), new AgendaItemDraft { Title = "Item" }, Ct));
    }

    [Fact]
    public async Task Open_action_points_of_earlier_meetings_are_carried_into_the_next_meetings_agenda_and_listed_for_the_partnership()
    {
        var platform = await PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 3, 5));
        var taskForce = await PlanAsync(MeetingKind.TaskForce, new DateOnly(2025, 3, 6));
        var nextPlatform = await PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 3, 5));
        var nextTaskForce = await PlanAsync(MeetingKind.TaskForce, new DateOnly(2030, 3, 6));
        await using var scope = world.As(FocalPoint);
        var record = scope.ServiceProvider.GetRequiredService<RecordActionPoint>();
        Assert.IsType<WriteOutcome.Created>(await record.ExecuteAsync(platform, new ActionPointDraft { Text = "Platform: overdue point", OwnerOrganisationId = world.MemberStateA, DueOn = new DateOnly(2025, 4, 1) }, Ct));
        Assert.IsType<WriteOutcome.Created>(await record.ExecuteAsync(taskForce, new ActionPointDraft { Text = "Task force: internal point", OwnerPerson = "Desk officer", DueOn = new DateOnly(2040, 1, 1) }, Ct));
        var done = Assert.IsType<WriteOutcome.Created>(await record.ExecuteAsync(platform, new ActionPointDraft { Text = "Platform: done point", OwnerPerson = "Desk officer", DueOn = new DateOnly(2025, 4, 1) }, Ct));
        var doneVersion = await ActionPointVersionAsync(done.Id);
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<ChangeActionPointStatus>().ExecuteAsync(platform, done.Id, doneVersion, ActionPointStatus.Done, Ct));

        var get = scope.ServiceProvider.GetRequiredService<GetMeeting>();
        var carriedToPlatform = (await get.ExecuteAsync(nextPlatform, Ct))!.CarriedForward.Select(p => p.Text).ToList();
        var carriedToTaskForce = (await get.ExecuteAsync(nextTaskForce, Ct))!.CarriedForward.Select(p => p.Text).ToList();
        var open = await scope.ServiceProvider.GetRequiredService<GetOpenActionPoints>().ExecuteAsync(world.Inside, Ct);

        Assert.Contains("Platform: overdue point", carriedToPlatform);
        Assert.DoesNotContain("Task force: internal point", carriedToPlatform);
        Assert.DoesNotContain("Platform: done point", carriedToPlatform);
        Assert.Contains("Platform: overdue point", carriedToTaskForce);
        Assert.Contains("Task force: internal point", carriedToTaskForce);
        Assert.Empty((await get.ExecuteAsync(platform, Ct))!.CarriedForward);
        Assert.True(Assert.Single(open!, p => p.Text == "Platform: overdue point").IsOverdue);
        Assert.False(Assert.Single(open!, p => p.Text == "Task force: internal point").IsOverdue);
        Assert.DoesNotContain(open!, p => p.Text == "Platform: done point");

        await using var partnerCountry = world.As(world.Users["PartnerCountryOfficial"]);
        var theirs = await partnerCountry.ServiceProvider.GetRequiredService<GetOpenActionPoints>().ExecuteAsync(world.Inside, Ct);
        Assert.Contains(theirs!, p => p.Text == "Platform: overdue point");
        Assert.DoesNotContain(theirs!, p => p.Text == "Task force: internal point");
        Assert.Null(await partnerCountry.ServiceProvider.GetRequiredService<GetOpenActionPoints>().ExecuteAsync(world.Outside, Ct));
    }

    [Fact]
    public async Task Proposed_items_are_accepted_in_order_the_draft_is_commented_and_approved_minutes_are_locked()
    {
        var meeting = await PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 5, 14));
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

        // Minutes are held to the meeting's date, so the rest of the flow runs on a meeting already held.
        var held = await PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 5, 14));
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<DraftMinutes>().ExecuteAsync(held, await VersionAsync(held), new MinutesDraft { Minutes = "What was said", Decisions = "Meet again in June.\n\nShare the report." }, Ct));
        await using (var attendee = world.As(world.Users["PartnerCountryOfficial"]))
        {
            Assert.IsType<WriteOutcome.Created>(await attendee.ServiceProvider.GetRequiredService<CommentOnMinutes>().ExecuteAsync(held, new MinutesCommentDraft { Text = "Point 2 is incomplete." }, Ct));
        }

        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<ApproveMinutes>().ExecuteAsync(held, await VersionAsync(held), Ct));
        var locked = await scope.ServiceProvider.GetRequiredService<DraftMinutes>().ExecuteAsync(held, await VersionAsync(held), new MinutesDraft { Minutes = "Changed afterwards" }, Ct);
        await using (var attendee = world.As(world.Users["PartnerCountryOfficial"]))
        {
            var late = await attendee.ServiceProvider.GetRequiredService<CommentOnMinutes>().ExecuteAsync(held, new MinutesCommentDraft { Text = "Too late" }, Ct);
            Assert.Equal("The minutes are approved; comments are taken on drafts only.", Assert.Single(Assert.IsType<WriteOutcome.Invalid>(late).Errors).Message);
        }

        Assert.Contains("are locked; a change is now a corrigendum.", Assert.Single(Assert.IsType<WriteOutcome.Invalid>(locked).Errors).Message, StringComparison.Ordinal);
        Assert.IsType<WriteOutcome.Done>(await scope.ServiceProvider.GetRequiredService<IssueCorrigendum>().ExecuteAsync(held, await VersionAsync(held), new CorrigendumDraft { Text = "The report is shared in July." }, Ct));
        var view = (await get.ExecuteAsync(held, Ct))!;
        Assert.Equal(("What was said", "Focal point"), (view.Minutes, view.MinutesApprovedBy));
        Assert.Equal(["Meet again in June.", "Share the report."], view.Decisions);
        Assert.Equal("Official of C1", Assert.Single(view.Comments).Author);
        Assert.Equal(("The report is shared in July.", "Focal point"), (Assert.Single(view.Corrigenda).Text, view.Corrigenda[0].IssuedBy));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_as_stale_and_nothing_changes()
    {
        var meeting = await PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 7, 1));
        var version = await VersionAsync(meeting);
        await using var scope = world.As(FocalPoint);
        var draft = scope.ServiceProvider.GetRequiredService<DraftMinutes>();
        Assert.IsType<WriteOutcome.Done>(await draft.ExecuteAsync(meeting, version, new MinutesDraft { Minutes = "First" }, Ct));

        var stale = await draft.ExecuteAsync(meeting, version, new MinutesDraft { Minutes = "Second" }, Ct);

        Assert.Equal("Focal point", Assert.IsType<WriteOutcome.Stale>(stale).StoredBy);
        await using var db = await world.CreateContextAsync();
        Assert.Equal("First", (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting, Ct)).Minutes);
    }

    private async Task<Guid> PlanAsync(MeetingKind kind, DateOnly heldOn)
    {
        await using var scope = world.As(FocalPoint);
        var draft = await DraftAsync(scope, kind, heldOn);
        var outcome = await scope.ServiceProvider.GetRequiredService<PlanMeeting>().PlanAsync(world.Inside, draft, Ct);
        return Assert.IsType<WriteOutcome.Created>(outcome).Id;
    }

    private async Task<MeetingDraft> DraftAsync(AsyncServiceScope scope, MeetingKind kind, DateOnly heldOn)
    {
        var draft = (await scope.ServiceProvider.GetRequiredService<PlanMeeting>().LoadNewAsync(world.Inside, Ct))!.Draft;
        draft.Kind = kind;
        draft.Title = $"{kind} {heldOn:yyyy-MM-dd}";
        draft.HeldOn = heldOn;
        draft.Place = "Brussels";
        if (kind == MeetingKind.TaskForce)
        {
            draft.PartnerCountryChairId = null;
        }

        return draft;
    }

    private async Task<Guid> PartnerCountryAsync()
    {
        await using var db = await world.CreateContextAsync();
        return (await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == world.Inside, Ct)).PartnerCountryId!.Value;
    }

    private async Task<uint> VersionAsync(Guid meetingId)
    {
        await using var db = await world.CreateContextAsync();
        return (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, Ct)).Version;
    }

    private async Task<uint> ActionPointVersionAsync(Guid id)
    {
        await using var db = await world.CreateContextAsync();
        return (await db.ActionPoints.AsNoTracking().SingleAsync(a => a.Id == id, Ct)).Version;
    }

    private async Task<int> CountAsync<T>(Func<Web.Data.AppDbContext, DbSet<T>> set)
        where T : class
    {
        await using var db = await world.CreateContextAsync();
        return await set(db).CountAsync(Ct);
    }
}
