using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards;

/// <summary>
/// The demo's progress updates were posted on the days they report, as their story goes: a demo version published after
/// them held them already, so comparing it with today lists none of them as in between.
/// </summary>
public sealed class DemoComparisonTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Comparing_a_demo_version_with_today_lists_no_update_it_already_held()
    {
        await using var db = await fixture.CreateContextAsync();
        var versions = await db.PublishedScoreboards.AsNoTracking().Select(v => new { v.PartnershipId, v.Number, v.PublishedAt }).ToListAsync(Token);
        Assert.NotEmpty(versions);

        foreach (var version in versions)
        {
            var outcome = Assert.IsType<ComparisonOutcome.Compared>(await fixture.Get<CompareScoreboards>().ExecuteAsync(version.PartnershipId, version.Number, null, Token));
            var publishedOn = DateOnly.FromDateTime(version.PublishedAt.UtcDateTime);
            Assert.DoesNotContain(outcome.Comparison.Progress, p => p.ReportedOn < publishedOn);
        }
    }
}
