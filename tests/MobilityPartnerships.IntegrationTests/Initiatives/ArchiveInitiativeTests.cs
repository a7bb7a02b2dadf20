using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Initiatives.Archiving;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives;

/// <summary>Archiving out of totals, and a delete refused while progress updates refer to the initiative.</summary>
public sealed class ArchiveInitiativeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => ProductDays.Today;

    [Fact]
    public async Task An_archived_initiative_is_left_out_of_rows_and_totals_unless_asked_for()
    {
        var scene = await Scene.StoreAsync(fixture);
        var archiving = fixture.Get<ArchiveInitiative>();

        Assert.IsType<WriteOutcome.Done>(await archiving.ArchiveAsync(scene.InitiativeId, true, Token));

        var query = fixture.Get<QueryScoreboard>();
        var without = await query.ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token);
        var with = await query.ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId, IncludeArchived = true }, Token);
        Assert.Empty(without.Rows);
        Assert.Equal((0, Amount.Exact(0m)), (without.Totals.Count, without.Totals.TotalBudget));
        Assert.True(Assert.Single(with.Rows).IsArchived);
        Assert.Equal((1, Amount.Exact(1000m)), (with.Totals.Count, with.Totals.TotalBudget));

        Assert.IsType<WriteOutcome.Done>(await archiving.ArchiveAsync(scene.InitiativeId, false, Token));
        Assert.Single((await query.ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token)).Rows);
    }

    [Fact]
    public async Task A_delete_is_refused_with_the_reason_while_progress_updates_refer_to_the_initiative()
    {
        var scene = await Scene.StoreAsync(fixture);
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(scene.InitiativeId, new ProgressDraft { ReportedOn = Today, Rating = ProgressRating.OnTrack, Narrative = "Fine." }, Token);

        var outcome = await fixture.Get<ArchiveInitiative>().DeleteAsync(scene.InitiativeId, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.StartsWith("This initiative cannot be deleted: 1 progress update refers to it.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task A_delete_of_an_initiative_nothing_refers_to_removes_it_with_its_funding_and_keeps_its_history()
    {
        var scene = await Scene.StoreAsync(fixture);

        Assert.IsType<WriteOutcome.Done>(await fixture.Get<ArchiveInitiative>().DeleteAsync(scene.InitiativeId, Token));

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE id = $1", scene.InitiativeId));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM funding_lines WHERE id = $1", scene.FundingLineId));
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries WHERE aggregate_id = $1 AND action = 'Removed'", scene.InitiativeId.ToString()) > 0);
    }
}
