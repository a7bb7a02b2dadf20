using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Progress;

/// <summary>
/// An update rates an initiative "Completed" only once its status is Completed: the dashboard showed "Latest progress
/// rating: Completed 1" beside "Completed 0" by status. The form is told at the rating, and nothing is stored.
/// </summary>
public sealed class CompletedRatingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => ProductDays.Today;

    [Fact]
    public async Task A_planned_initiative_rated_completed_is_refused_at_the_rating_until_its_status_is_completed()
    {
        var scene = await Scene.StoreAsync(fixture);
        var post = fixture.Get<PostProgressUpdate>();
        var draft = new ProgressDraft { ReportedOn = Today, Rating = ProgressRating.Completed, Narrative = "All workers placed." };

        var refused = await post.ExecuteAsync(scene.InitiativeId, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(refused).Errors);
        Assert.Equal(
            (nameof(ProgressDraft.Rating), "The initiative's status is Planned: an update can rate it Completed only once its status is Completed. Change its status first, or choose another rating."),
            (error.Path, error.Message));
        Assert.Equal(0L, await UpdatesAsync(scene));

        await fixture.Database.ExecuteAsync("UPDATE initiatives SET status = 'Completed' WHERE id = $1", scene.InitiativeId);
        Assert.IsType<WriteOutcome.Done>(await post.ExecuteAsync(scene.InitiativeId, draft, Token));
        Assert.Equal(1L, await UpdatesAsync(scene));
    }

    [Fact]
    public async Task A_completed_rating_before_the_status_is_told_with_the_forms_own_refusals()
    {
        var scene = await Scene.StoreAsync(fixture);
        var draft = new ProgressDraft { ReportedOn = Today, Rating = ProgressRating.Completed, Narrative = " " };

        var refused = await fixture.Get<PostProgressUpdate>().ExecuteAsync(scene.InitiativeId, draft, Token);

        Assert.Equal([nameof(ProgressDraft.Narrative), nameof(ProgressDraft.Rating)], Assert.IsType<WriteOutcome.Invalid>(refused).Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal(0L, await UpdatesAsync(scene));
    }

    private Task<long> UpdatesAsync(Scene scene) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM progress_updates WHERE initiative_id = $1", scene.InitiativeId);
}
