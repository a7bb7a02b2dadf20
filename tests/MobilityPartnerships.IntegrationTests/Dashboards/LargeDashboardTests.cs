using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.IntegrationTests.Scoreboards;

namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>
/// A partnership of 10,000 initiatives: its dashboard's timeline draws the first of each pillar to start, not all of them
/// (a page of 5.9 MB before), while its figures still count every initiative.
/// </summary>
public sealed class LargeDashboardTests(LargeScoreboardFixture fixture) : IClassFixture<LargeScoreboardFixture>
{
    [Fact]
    public async Task The_timeline_draws_at_most_its_rows_per_pillar_the_first_to_start_and_the_figures_count_all()
    {
        var dashboard = await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(fixture.PartnershipId, TestContext.Current.CancellationToken);

        Assert.NotNull(dashboard);
        Assert.Equal(LargeScoreboardFixture.InitiativeCount, dashboard.All.Totals.Count);
        foreach (var pillar in dashboard.Pillars)
        {
            var drawn = dashboard.Timeline.Where(r => r.Pillar == pillar.Key).ToList();
            Assert.Equal(Math.Min(pillar.Totals.Count, GetPartnershipDashboard.TimelineRowsPerPillar), drawn.Count);
            var latestDrawn = drawn.Max(r => r.StartMonth ?? r.EndMonth);
            var earliestOverall = await fixture.Database.ScalarAsync<DateOnly?>(
                """
                SELECT min(coalesce(period_start_month, period_end_month)) FROM (
                    SELECT period_start_month, period_end_month FROM initiatives
                    WHERE partnership_id = $1 AND pillar = $2 AND NOT is_archived
                    ORDER BY coalesce(period_start_month, period_end_month) NULLS LAST, title, id OFFSET $3) AS rest
                """,
                fixture.PartnershipId, pillar.Key.ToString(), GetPartnershipDashboard.TimelineRowsPerPillar);
            Assert.True(earliestOverall is null || latestDrawn <= earliestOverall, $"{pillar.Key}: drew up to {latestDrawn}, left out one starting {earliestOverall}");
        }
    }
}
