using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Meetings.Calendar;
using MobilityPartnerships.Web.Features.Meetings.Cancelling;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Correcting;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Writing;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards;

/// <summary>
/// A wrong meeting link of a published version is corrected by a dated record beside it: the version's row stays as
/// published. A cancelled meeting is kept and marked, leaves the calendar and the choices of meetings to publish for,
/// and stays on the partnership's own calendar as cancelled.
/// </summary>
public sealed class MeetingLinkCorrectionTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_meeting_link_is_corrected_by_a_dated_record_and_the_published_row_is_unchanged()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        var wrong = await PlanAsync(scene.PartnershipId, "Task force of March", new DateOnly(2026, 3, 10));
        var right = await PlanAsync(scene.PartnershipId, "Cooperation platform of April", new DateOnly(2026, 4, 20));
        await using var scope = world.As(world.Administrator);
        Assert.IsType<WriteOutcome.Created>(await scope.ServiceProvider.GetRequiredService<PublishScoreboard>().ExecuteAsync(scene.PartnershipId, new PublishDraft { MeetingId = wrong }, Ct));
        const string Row = "SELECT row(p.*)::text FROM published_scoreboards p WHERE partnership_id = $1";
        var before = await world.Database.ScalarAsync<string>(Row, scene.PartnershipId);

        var outcome = await scope.ServiceProvider.GetRequiredService<CorrectVersionMeeting>()
            .ExecuteAsync(scene.PartnershipId, 1, new MeetingCorrectionDraft { MeetingId = right, Reason = "Published for the platform, chosen wrongly." }, Ct);

        Assert.IsType<WriteOutcome.Created>(outcome);
        Assert.Equal(before, await world.Database.ScalarAsync<string>(Row, scene.PartnershipId));
        Assert.Equal(wrong, await world.Database.ScalarAsync<Guid>("SELECT meeting_id FROM published_scoreboards WHERE partnership_id = $1", scene.PartnershipId));
        var shown = await scope.ServiceProvider.GetRequiredService<GetPublishedScoreboard>().ExecuteAsync(scene.PartnershipId, 1, Ct);
        Assert.Equal("Cooperation platform of April", shown!.Meeting!.Title);
        var correction = Assert.Single(shown.MeetingCorrections);
        Assert.Equal(("Task force of March", "Cooperation platform of April", "Published for the platform, chosen wrongly.", DatabaseFixture.AdministratorName),
            (correction.From!.Title, correction.To!.Title, correction.Reason, correction.CorrectedBy));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(correction.CorrectedAt.UtcDateTime));
        var listed = await scope.ServiceProvider.GetRequiredService<GetPublishedScoreboards>().ExecuteAsync(scene.PartnershipId, Ct);
        Assert.Equal(right, Assert.Single(listed!.Versions).Meeting!.Id);

        // The version's own trigger still refuses a change, and the correction is kept like the version.
        await Assert.ThrowsAsync<PostgresException>(() => world.Database.ExecuteAsync("UPDATE published_scoreboards SET meeting_id = $1 WHERE partnership_id = $2", right, scene.PartnershipId));
        await Assert.ThrowsAsync<PostgresException>(() => world.Database.ExecuteAsync("DELETE FROM published_meeting_corrections WHERE meeting_id = $1", right));
        Assert.Equal(1L, await world.Database.ScalarAsync<long>("SELECT count(*) FROM published_meeting_corrections WHERE meeting_id = $1", right));
    }

    [Fact]
    public async Task A_correction_without_a_reason_or_to_the_same_meeting_is_refused_and_nothing_is_stored()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        var meeting = await PlanAsync(scene.PartnershipId, "Task force of March", new DateOnly(2026, 3, 10));
        await using var scope = world.As(world.Administrator);
        Assert.IsType<WriteOutcome.Created>(await scope.ServiceProvider.GetRequiredService<PublishScoreboard>().ExecuteAsync(scene.PartnershipId, new PublishDraft { MeetingId = meeting }, Ct));
        var correct = scope.ServiceProvider.GetRequiredService<CorrectVersionMeeting>();

        var noReason = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await correct.ExecuteAsync(scene.PartnershipId, 1, new MeetingCorrectionDraft { MeetingId = null, Reason = " " }, Ct)).Errors);
        var same = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await correct.ExecuteAsync(scene.PartnershipId, 1, new MeetingCorrectionDraft { MeetingId = meeting, Reason = "Same" }, Ct)).Errors);

        Assert.Equal(nameof(MeetingCorrectionDraft.Reason), noReason.Path);
        Assert.Equal((nameof(MeetingCorrectionDraft.MeetingId), "The version is already linked to 'Task force of March'."), (same.Path, same.Message));
        Assert.Equal(0L, await world.Database.ScalarAsync<long>("SELECT count(*) FROM published_meeting_corrections c JOIN published_scoreboards p ON p.id = c.published_scoreboard_id WHERE p.partnership_id = $1", scene.PartnershipId));
    }

    [Fact]
    public async Task A_cancelled_meeting_is_kept_out_of_the_calendar_and_the_choices_and_shown_cancelled_on_its_partnerships_calendar()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        var heldOn = ProductDays.Today.AddMonths(2);
        var kept = await PlanAsync(scene.PartnershipId, "Platform that takes place", heldOn);
        var called = await PlanAsync(scene.PartnershipId, "Platform called off", heldOn);
        await using var scope = world.As(world.Administrator);
        var version = await VersionAsync(called);

        var outcome = await scope.ServiceProvider.GetRequiredService<CancelMeeting>().ExecuteAsync(called, version, new CancellationDraft { Reason = "The minister cannot travel." }, Ct);

        Assert.IsType<WriteOutcome.Done>(outcome);
        Assert.Equal(1L, await world.Database.ScalarAsync<long>("SELECT count(*) FROM meetings WHERE id = $1 AND cancelled_at IS NOT NULL AND cancellation_reason = 'The minister cannot travel.'", called));
        var list = scope.ServiceProvider.GetRequiredService<ListMeetings>();
        var everywhere = await list.ExecuteAsync(null, null, Ct);
        Assert.Contains(everywhere.Coming, e => e.Id == kept);
        Assert.DoesNotContain(everywhere.Coming.Concat(everywhere.Past).Concat(everywhere.Cancelled), e => e.Id == called);
        var own = await list.ExecuteAsync(scene.PartnershipId, null, Ct);
        Assert.Equal([kept], own.Coming.Select(e => e.Id));
        Assert.Equal([called], own.Cancelled.Select(e => e.Id));
        var choices = (await scope.ServiceProvider.GetRequiredService<GetPublishedScoreboards>().ExecuteAsync(scene.PartnershipId, Ct))!.Meetings;
        Assert.Equal([kept], choices.Select(m => m.Id));
        var page = await scope.ServiceProvider.GetRequiredService<GetMeeting>().ExecuteAsync(called, Ct);
        Assert.Equal(("The minister cannot travel.", DatabaseFixture.AdministratorName), (page!.Cancellation!.Reason, page.Cancellation.By));

        // Publishing for it or proposing an item for it is refused; so is cancelling again, and un-cancelling in SQL.
        var publish = await scope.ServiceProvider.GetRequiredService<PublishScoreboard>().ExecuteAsync(scene.PartnershipId, new PublishDraft { MeetingId = called }, Ct);
        Assert.IsType<WriteOutcome.Invalid>(publish);
        var again = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await scope.ServiceProvider.GetRequiredService<CancelMeeting>().ExecuteAsync(called, await VersionAsync(called), new CancellationDraft(), Ct)).Errors);
        Assert.StartsWith("The meeting was cancelled on ", again.Message, StringComparison.Ordinal);
        var uncancel = await Assert.ThrowsAsync<PostgresException>(() => world.Database.ExecuteAsync("UPDATE meetings SET cancelled_at = NULL, cancelled_by = NULL WHERE id = $1", called));
        Assert.Equal("ck_meetings_cancellation_final", uncancel.ConstraintName);
    }

    private async Task<Guid> PlanAsync(Guid partnershipId, string title, DateOnly heldOn)
    {
        await using var db = await world.CreateContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Id == partnershipId, Ct);
        var meeting = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, title, heldOn, "Brussels", isOnline: false);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(Ct);
        return meeting.Id;
    }

    private async Task<uint> VersionAsync(Guid meetingId)
    {
        await using var db = await world.CreateContextAsync();
        return await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Version).SingleAsync(Ct);
    }
}
