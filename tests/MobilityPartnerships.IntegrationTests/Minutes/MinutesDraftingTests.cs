using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.IntegrationTests.Meetings;
using MobilityPartnerships.Web.Features.Meetings.Revising;
using MobilityPartnerships.Web.Features.Minutes.Drafting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Minutes;

/// <summary>
/// Drafting minutes on PostgreSQL: only those who prepare a meeting write its minutes, and a save based on an older
/// version is refused as stale; more decisions than a meeting records are refused at the decisions; a refused draft
/// changes nothing.
/// </summary>
public sealed class MinutesDraftingTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task A_member_state_official_may_not_manage_a_meeting_and_nothing_changes()
    {
        await using var scope = world.As(world.Users["MemberStateOfficial"]);
        var version = await steps.VersionAsync(world.PlatformMeeting);

        var outcome = await scope.ServiceProvider.GetRequiredService<DraftMinutes>().ExecuteAsync(world.PlatformMeeting, version, new MinutesDraft { Minutes = "Our own minutes" }, Ct);
        var revising = await scope.ServiceProvider.GetRequiredService<ReviseMeeting>().LoadAsync(world.PlatformMeeting, Ct);

        Assert.Equal("You may not prepare this meeting.", Assert.IsType<WriteOutcome.Refused>(outcome).Message);
        Assert.Null(revising);
        await using var db = await world.CreateContextAsync();
        Assert.Null((await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == world.PlatformMeeting, Ct)).Minutes);
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_as_stale_and_nothing_changes()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 7, 1));
        var version = await steps.VersionAsync(meeting);
        await using var scope = world.As(FocalPoint);
        var draft = scope.ServiceProvider.GetRequiredService<DraftMinutes>();
        Assert.IsType<WriteOutcome.Done>(await draft.ExecuteAsync(meeting, version, new MinutesDraft { Minutes = "First" }, Ct));

        var stale = await draft.ExecuteAsync(meeting, version, new MinutesDraft { Minutes = "Second" }, Ct);

        Assert.Equal("Focal point", Assert.IsType<WriteOutcome.Stale>(stale).StoredBy);
        await using var db = await world.CreateContextAsync();
        Assert.Equal("First", (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting, Ct)).Minutes);
    }

    [Fact]
    public async Task More_decisions_than_a_meeting_records_are_refused_at_the_decisions_and_nothing_changes()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2025, 7, 2));
        await using var scope = world.As(FocalPoint);
        var draft = scope.ServiceProvider.GetRequiredService<DraftMinutes>();
        var most = string.Join("\n\n", Enumerable.Range(1, Meeting.MaxDecisions).Select(i => $"Decision {i}"));
        Assert.IsType<WriteOutcome.Done>(await draft.ExecuteAsync(meeting, await steps.VersionAsync(meeting), new MinutesDraft { Minutes = "First", Decisions = most }, Ct));

        var tooMany = await draft.ExecuteAsync(meeting, await steps.VersionAsync(meeting), new MinutesDraft { Minutes = "Second", Decisions = most + "\nOne more" }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(tooMany).Errors);
        Assert.Equal((nameof(MinutesDraft.Decisions), "At most 100 decisions (this lists 101)."), (error.Path, error.Message));
        await using var db = await world.CreateContextAsync();
        var stored = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting, Ct);
        Assert.Equal(("First", Meeting.MaxDecisions), (stored.Minutes, stored.Decisions.Count));
    }
}
