using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Progress;

/// <summary>Progress updates and the flags they drive on the scoreboard.</summary>
public sealed class ProgressUpdateTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => ProductDays.Today;

    [Fact]
    public async Task A_posted_update_becomes_the_rows_last_update_and_clears_the_stale_flag()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await RowAsync(scene);
        Assert.True(before.NeedsUpdate(Today, 90));
        Assert.True(before.IsLate(Today));

        var outcome = await fixture.Get<PostProgressUpdate>().ExecuteAsync(scene.InitiativeId, new ProgressDraft { ReportedOn = Today.AddDays(-3), Rating = ProgressRating.Delayed, Narrative = "Waiting for the partner's decree." }, Token);

        Assert.IsType<WriteOutcome.Done>(outcome);
        var after = await RowAsync(scene);
        Assert.Equal(Today.AddDays(-3), after.LastUpdateOn);
        Assert.Equal(ProgressRating.Delayed, after.LastRating);
        Assert.False(after.NeedsUpdate(Today, 90));
        Assert.True(after.NeedsUpdate(Today, 2));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries WHERE aggregate_id = $1 AND record_type = 'ProgressUpdate' AND field = 'Rating'", scene.InitiativeId.ToString()));
    }

    [Fact]
    public async Task An_update_dated_tomorrow_or_without_narrative_is_refused_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);

        var outcome = await fixture.Get<PostProgressUpdate>().ExecuteAsync(scene.InitiativeId, new ProgressDraft { ReportedOn = Today.AddDays(1), Rating = ProgressRating.OnTrack, Narrative = " " }, Token);

        var errors = Assert.IsType<WriteOutcome.Invalid>(outcome).Errors;
        Assert.Equal(["ReportedOn", "Narrative"], errors.Select(e => e.Path));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE initiative_id = $1", scene.InitiativeId));
    }

    private async Task<ScoreboardRow> RowAsync(Scene scene) =>
        Assert.Single((await fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId, IncludeArchived = true }, Token)).Rows);
}
