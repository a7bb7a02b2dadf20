using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.ActionPoints.Listing;
using MobilityPartnerships.Web.Features.Agenda.Proposing;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Calendar;

/// <summary>
/// The product's users are in Brussels: from midnight there until midnight UTC (one hour in winter, two in summer) the
/// UTC date is still yesterday's, and every rule that asks what day it is must answer with Brussels' day.
/// </summary>
public sealed class TodayInBrusselsTests(TodayInBrusselsTests.StoppedClockFixture fixture) : IClassFixture<TodayInBrusselsTests.StoppedClockFixture>
{
    /// <summary>10 March 2026, 23:30 UTC: 11 March, 00:30 in Brussels (CET, UTC+1).</summary>
    private static readonly DateTimeOffset HalfPastMidnightInWinter = new(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);

    /// <summary>31 March 2026, 22:30 UTC: 1 April, 00:30 in Brussels (CEST since 29 March, UTC+2; with the winter offset it would still be 31 March).</summary>
    private static readonly DateTimeOffset HalfPastMidnightInSummer = new(2026, 3, 31, 22, 30, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_progress_update_dated_today_in_Brussels_is_accepted_half_an_hour_after_midnight()
    {
        fixture.Clock.Now = HalfPastMidnightInWinter;
        var scene = await Scene.StoreAsync(fixture);

        var outcome = await fixture.Get<PostProgressUpdate>().ExecuteAsync(scene.InitiativeId, new ProgressDraft { ReportedOn = new DateOnly(2026, 3, 11), Rating = ProgressRating.OnTrack, Narrative = "Posted just after midnight." }, Token);

        Assert.IsType<WriteOutcome.Done>(outcome);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE initiative_id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task A_progress_update_dated_the_next_day_in_Brussels_is_still_refused()
    {
        fixture.Clock.Now = HalfPastMidnightInWinter;
        var scene = await Scene.StoreAsync(fixture);

        var outcome = await fixture.Get<PostProgressUpdate>().ExecuteAsync(scene.InitiativeId, new ProgressDraft { ReportedOn = new DateOnly(2026, 3, 12), Rating = ProgressRating.OnTrack, Narrative = "Dated tomorrow." }, Token);

        Assert.Equal(["ReportedOn"], Assert.IsType<WriteOutcome.Invalid>(outcome).Errors.Select(e => e.Path));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE initiative_id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task An_action_point_due_yesterday_in_Brussels_is_overdue()
    {
        fixture.Clock.Now = HalfPastMidnightInWinter;
        var (partnershipId, meetingId) = await MeetingAsync(new DateOnly(2026, 3, 2));
        await using (var db = await fixture.CreateContextAsync())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, Token);
            db.ActionPoints.Add(ActionPoint.Record(meeting, "Send the draft agreement", null, "Ana Focal", new DateOnly(2026, 3, 10)));
            await db.SaveChangesAsync(Token);
        }

        var points = await fixture.Get<GetOpenActionPoints>().ExecuteAsync(partnershipId, Token);

        Assert.True(Assert.Single(points!).IsOverdue);
    }

    [Fact]
    public async Task An_item_cannot_be_proposed_once_the_meeting_was_held_yesterday_in_Brussels()
    {
        fixture.Clock.Now = HalfPastMidnightInWinter;
        var (_, meetingId) = await MeetingAsync(new DateOnly(2026, 3, 10));

        var outcome = await fixture.Get<ProposeAgendaItem>().ExecuteAsync(meetingId, new AgendaItemDraft { Title = "Too late" }, Token);

        Assert.IsNotType<WriteOutcome.Created>(outcome);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM agenda_items WHERE meeting_id = $1", meetingId));
    }

    [Fact]
    public async Task An_initiative_ending_in_March_is_late_from_midnight_on_1_April_in_Brussels_summer_time()
    {
        fixture.Clock.Now = HalfPastMidnightInSummer;
        var scene = await Scene.StoreAsync(fixture);
        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2025, 6, 1), new DateOnly(2026, 3, 1), null), []);
            await db.SaveChangesAsync(Token);
        }

        var late = await fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId, Late = true }, Token);

        Assert.Equal([scene.InitiativeId], late.Rows.Select(r => r.Id));
    }

    private async Task<(Guid PartnershipId, Guid MeetingId)> MeetingAsync(DateOnly heldOn)
    {
        var scene = await Scene.StoreAsync(fixture);
        await using var db = await fixture.CreateContextAsync();
        var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, Token);
        var meeting = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, "Cooperation platform", heldOn, "Brussels", false);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(Token);
        return (scene.PartnershipId, meeting.Id);
    }

    /// <summary>The app's services on a clock the test sets.</summary>
    public sealed class StoppedClockFixture : DatabaseFixture
    {
        public StoppedClock Clock { get; } = new();

        protected override Action<IServiceCollection>? Replace => services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        };
    }

    public sealed class StoppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
