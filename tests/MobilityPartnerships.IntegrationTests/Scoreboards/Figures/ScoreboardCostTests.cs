using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.IntegrationTests.Figures;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Figures;

/// <summary>
/// A scoreboard's first page, its totals and its filters' choices cost the same for a partnership of 10,000 initiatives
/// as for one of ten: the page reads its rows by index and the whole partnership's totals and choices come from what the
/// database keeps, not from its initiatives. Before, the totals summed all 10,000 and the choices read them four times.
/// The kept totals are the sums of what they say they sum: each pillar's equals that pillar's initiatives filtered and
/// summed, unknown amounts counted as such (the generated partnership has lines without figures and initiatives without lines).
/// </summary>
public sealed class ScoreboardCostTests(FiguresFixture fixture) : IClassFixture<FiguresFixture>
{
    private const int Bound = 10 * 25;

    [Fact]
    public async Task The_first_page_its_totals_and_its_choices_read_a_bounded_number_of_initiatives_whatever_the_partnerships_size()
    {
        var cancellation = TestContext.Current.CancellationToken;
        // The planner's statistics of the bulk-loaded tables, as autovacuum gathers them after a load.
        await fixture.Database.ExecuteAsync("ANALYZE");
        var recorder = new StatementRecorder();
        await using var scope = recorder.Serve(fixture.Database.ConnectionString, fixture.Administrator);

        var page = await scope.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.GeneratedId }, cancellation);
        var options = await scope.Get<GetScoreboardFilterOptions>().ExecuteAsync(fixture.GeneratedId, cancellation);

        Assert.Equal(25, page.Rows.Count);
        Assert.Equal(FiguresFixture.GeneratedCount - (FiguresFixture.GeneratedCount / 50), page.Totals.Count);
        Assert.Equal("AENEAS|Thematic Programme", string.Join("|", options.Choices["programme"].Select(c => c.Name)));
        var statements = recorder.Statements.Where(s => s.CommandText.Contains("partnership_figures", StringComparison.Ordinal) || s.CommandText.Contains("partnership_choices", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, statements.Count);
        foreach (var statement in statements)
        {
            var read = await StatementRecorder.RowsReadAsync(fixture.Database.ConnectionString, statement, "initiatives", cancellation);
            Assert.True(read <= Bound, $"A statement read {read:N0} initiatives for a page of 25: {statement.CommandText[..80]}");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_whole_partnerships_totals_are_the_sums_of_its_pillars_filtered_one_by_one(bool includeArchived)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var query = fixture.Get<QueryScoreboard>();
        var whole = await query.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.GeneratedId, IncludeArchived = includeArchived }, cancellation);

        var summed = ScoreboardTotals.None;
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var one = await query.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.GeneratedId, IncludeArchived = includeArchived, Pillar = pillar }, cancellation);
            Assert.Equal(one.Totals, whole.PillarTotals.GetValueOrDefault(pillar, ScoreboardTotals.None));
            summed += one.Totals;
        }

        Assert.Equal(summed, whole.Totals);
        Assert.True(whole.Totals.TotalBudget.Unknown > 0 && whole.Totals.TotalBudget.Known > 0, "the generated amounts are partly known");
    }
}
