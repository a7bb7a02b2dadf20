using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.IntegrationTests.BriefingPacks;
using MobilityPartnerships.Web.Features.ActionPoints.ChangingStatus;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;
using MobilityPartnerships.Web.Features.Agenda.Arranging;
using MobilityPartnerships.Web.Features.Meetings.Cancelling;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Features.Minutes.Commenting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>
/// A meeting cancelled by someone else while a page still shows it open: every write on it or its records that the page
/// still offers is refused with the cancellation's message and stores nothing, whatever the page decided at load. The
/// status of its existing action points is still followed up, and its open points are still carried into the next
/// meeting's agenda; it has no briefing pack.
/// </summary>
public sealed class CancelledMeetingWritesTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ClaimsPrincipal FocalPoint => steps.FocalPoint;

    [Fact]
    public async Task An_action_point_recorded_after_another_session_cancelled_the_meeting_is_refused_and_nothing_is_stored()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2026, 12, 10));
        await using var page = world.As(FocalPoint);
        Assert.Null((await page.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(meeting, Ct))!.Cancellation);
        await CancelElsewhereAsync(meeting);

        var outcome = await page.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(meeting, new ActionPointDraft { Text = "Send the figures", OwnerPerson = "Someone", DueOn = new DateOnly(2026, 12, 20) }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.StartsWith("The meeting was cancelled on ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.ActionPoints.CountAsync(a => a.MeetingId == meeting, Ct)));
    }

    [Fact]
    public async Task An_item_accepted_on_the_agenda_after_the_meeting_was_cancelled_is_refused_and_stays_proposed()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 10));
        var item = await steps.ProposedAsync(meeting, "Seasonal work", DateTimeOffset.UtcNow);
        await using var page = world.As(FocalPoint);
        var shown = Assert.Single((await page.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(meeting, Ct))!.Proposed);
        await CancelElsewhereAsync(meeting);

        var arrange = page.ServiceProvider.GetRequiredService<ArrangeAgenda>();
        foreach (var move in new[] { AgendaMove.Accept, AgendaMove.Decline })
        {
            var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await arrange.ExecuteAsync(meeting, item, shown.Version, move, Ct)).Errors);
            Assert.StartsWith("The meeting was cancelled on ", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(AgendaItemStatus.Proposed, await ReadAsync(db => db.AgendaItems.Where(a => a.Id == item).Select(a => a.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task A_comment_on_the_draft_minutes_after_the_meeting_was_cancelled_is_refused_and_nothing_is_stored()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 11));
        await using (var db = await world.CreateContextAsync())
        {
            (await db.Meetings.SingleAsync(m => m.Id == meeting, Ct)).DraftMinutes("What would have been said", []);
            await db.SaveChangesAsync(Ct);
        }

        await CancelElsewhereAsync(meeting);
        await using var page = world.As(FocalPoint);

        var outcome = await page.ServiceProvider.GetRequiredService<CommentOnMinutes>().ExecuteAsync(meeting, new MinutesCommentDraft { Text = "A remark" }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.StartsWith("The meeting was cancelled on ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.MinutesComments.CountAsync(c => c.MeetingId == meeting, Ct)));
    }

    [Fact]
    public async Task A_cancelled_meetings_open_action_point_is_still_closed_and_carried_into_the_next_meeting_until_then()
    {
        var cancelled = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2031, 3, 10));
        var next = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2031, 6, 10));
        await using var page = world.As(FocalPoint);
        var recorded = await page.ServiceProvider.GetRequiredService<RecordActionPoint>().ExecuteAsync(cancelled, new ActionPointDraft { Text = "Send the figures before the platform", OwnerPerson = "Someone", DueOn = new DateOnly(2031, 4, 1) }, Ct);
        var point = Assert.IsType<WriteOutcome.Created>(recorded).Id;
        await CancelElsewhereAsync(cancelled);
        var get = page.ServiceProvider.GetRequiredService<GetMeeting>();

        Assert.Empty((await get.ExecuteAsync(cancelled, Ct))!.CarriedForward);
        Assert.Contains((await get.ExecuteAsync(next, Ct))!.CarriedForward, a => a.Id == point);

        var closed = await page.ServiceProvider.GetRequiredService<ChangeActionPointStatus>().ExecuteAsync(cancelled, point, await steps.ActionPointVersionAsync(point), ActionPointStatus.Dropped, Ct);

        Assert.IsType<WriteOutcome.Done>(closed);
        Assert.DoesNotContain((await get.ExecuteAsync(next, Ct))!.CarriedForward, a => a.Id == point);
    }

    [Fact]
    public async Task A_cancelled_meeting_has_no_briefing_pack()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2030, 9, 12));
        Assert.NotNull((await PackFiles.GatherAsync(world, FocalPoint, meeting)).Pack);
        await CancelElsewhereAsync(meeting);

        var outcome = await PackFiles.GatherAsync(world, FocalPoint, meeting);

        Assert.True(outcome.MeetingCancelled);
        Assert.Null(outcome.Pack);
    }

    /// <summary>The meeting is cancelled in a session of its own, as by another user in another window.</summary>
    private async Task CancelElsewhereAsync(Guid meeting)
    {
        await using var elsewhere = world.As(FocalPoint);
        var cancelled = await elsewhere.ServiceProvider.GetRequiredService<CancelMeeting>().ExecuteAsync(meeting, await steps.VersionAsync(meeting), new CancellationDraft { Reason = "The minister cannot travel." }, Ct);
        Assert.IsType<WriteOutcome.Done>(cancelled);
    }

    private async Task<T> ReadAsync<T>(Func<Web.Data.AppDbContext, Task<T>> read)
    {
        await using var db = await world.CreateContextAsync();
        return await read(db);
    }
}
