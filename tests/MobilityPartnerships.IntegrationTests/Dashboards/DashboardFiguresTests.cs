using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>
/// A dashboard's figures are the scoreboard's figures: its totals are the sums over the scoreboard's rows, to the cent,
/// per pillar they partition it, per thematic area they equal the scoreboard filtered by that area, and every figure's
/// link opens exactly as many rows as the figure says.
/// </summary>
public sealed class DashboardFiguresTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_totals_equal_the_sums_over_the_scoreboard_to_the_cent()
    {
        await using var db = await fixture.CreateContextAsync();
        var partnerships = await db.Partnerships.Where(p => db.Initiatives.Any(i => i.PartnershipId == p.Id)).Select(p => p.Id).ToListAsync(Token);
        Assert.NotEmpty(partnerships);
        var anyMoney = false;
        foreach (var id in partnerships)
        {
            var dashboard = await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(id, Token);
            Assert.NotNull(dashboard);
            var rows = await AllRowsAsync(new ScoreboardQuery { PartnershipId = id });
            Assert.Equal(rows.Count, dashboard.All.Totals.Count);
            Assert.Equal(Amount.Total(rows.Select(r => r.TotalBudget)), dashboard.All.Totals.TotalBudget);
            Assert.Equal(Amount.Total(rows.Select(r => r.EuContribution)), dashboard.All.Totals.EuContribution);
            anyMoney |= dashboard.All.Totals.TotalBudget.Known > 0m;

            // Per pillar: a partition of the scoreboard's rows.
            foreach (var pillar in dashboard.Pillars)
            {
                var own = rows.Where(r => r.Pillar == pillar.Key).ToList();
                Assert.Equal(own.Count, pillar.Totals.Count);
                Assert.Equal(Amount.Total(own.Select(r => r.TotalBudget)), pillar.Totals.TotalBudget);
                Assert.Equal(Amount.Total(own.Select(r => r.EuContribution)), pillar.Totals.EuContribution);
            }

            Assert.Equal(dashboard.All.Totals.Count, dashboard.Pillars.Sum(p => p.Totals.Count));
            Assert.Equal(dashboard.All.Totals.TotalBudget, dashboard.Pillars.Aggregate(Amount.Nothing, (sum, p) => sum + p.Totals.TotalBudget));

            // Per thematic area: the scoreboard filtered by the area, whatever the overlap.
            foreach (var area in dashboard.ThematicAreas)
            {
                var filtered = await AllRowsAsync(new ScoreboardQuery { PartnershipId = id, ThematicAreaId = area.Key.Id });
                Assert.Equal(filtered.Count, area.Totals.Count);
                Assert.Equal(Amount.Total(filtered.Select(r => r.TotalBudget)), area.Totals.TotalBudget);
                Assert.Equal(Amount.Total(filtered.Select(r => r.EuContribution)), area.Totals.EuContribution);
            }

            // Funding by programme sums the lines, so over all programmes (stated or not) what is known is the total's.
            Assert.Equal(dashboard.All.Totals.TotalBudget.Sum ?? 0m, dashboard.Programmes.Figures.Sum(p => p.Totals.TotalBudget.Known ?? 0m) + (dashboard.Programmes.Others?.TotalBudget.Known ?? 0m));
            Assert.Equal(dashboard.All.Totals.EuContribution.Sum ?? 0m, dashboard.Contributors.Figures.Sum(p => p.Totals.EuContribution.Known ?? 0m) + (dashboard.Contributors.Others?.EuContribution.Known ?? 0m));
            Assert.Equal(dashboard.All.Totals.Count, dashboard.Statuses.Sum(s => s.Totals.Count));
            Assert.Equal(dashboard.All.Totals.Count, dashboard.Novelty.Sum(s => s.Totals.Count));
            Assert.Equal(dashboard.All.Totals.Count, dashboard.Ratings.Sum(s => s.Totals.Count));
            Assert.All(dashboard.Pillars, p => Assert.Equal(Math.Min(p.Totals.Count, GetPartnershipDashboard.TimelineRowsPerPillar), dashboard.Timeline.Count(r => r.Pillar == p.Key)));
        }

        Assert.True(anyMoney, "Some demo partnership has budgets, so the sums are checked on more than zeros.");
    }

    [Fact]
    public async Task Every_figure_on_moldovas_dashboard_opens_exactly_its_count()
    {
        await using var db = await fixture.CreateContextAsync();
        var moldova = await db.Partnerships.Where(p => p.Name == "Mobility Partnership with the Republic of Moldova").Select(p => p.Id).SingleAsync(Token);
        // The demo data dates the 2009 assessment's state of some initiatives as updates rated on track; two others have none.
        var initiatives = await db.Initiatives.Where(i => i.PartnershipId == moldova && !db.ProgressUpdates.Any(u => u.InitiativeId == i.Id)).OrderBy(i => i.Title).Select(i => i.Id).Take(2).ToListAsync(Token);
        var onTrackBefore = (await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(moldova, Token))!.Ratings.Single(r => r.Key == LatestRating.OnTrack).Totals.Count;
        var today = ProductDays.Today;

        // One recent update and one old one, so that ratings and "no recent update" count something on both sides.
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(initiatives[0], new ProgressDraft { ReportedOn = today, Rating = ProgressRating.AtRisk, Narrative = "Recent" }, Token);
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(initiatives[1], new ProgressDraft { ReportedOn = new DateOnly(2020, 1, 15), Rating = ProgressRating.OnTrack, Narrative = "Old" }, Token);

        var dashboard = await fixture.Get<GetPartnershipDashboard>().ExecuteAsync(moldova, Token);
        Assert.NotNull(dashboard);
        Assert.Equal(1, dashboard.Ratings.Single(r => r.Key == LatestRating.AtRisk).Totals.Count);
        Assert.Equal(onTrackBefore + 1, dashboard.Ratings.Single(r => r.Key == LatestRating.OnTrack).Totals.Count);
        Assert.Equal(4, onTrackBefore);
        Assert.True(dashboard.NeedsUpdate.Totals.Count < dashboard.All.Totals.Count);
        Assert.True(dashboard.Pillars.Single(p => p.Key == Pillar.LegalMigration).Totals.Count > 0);

        // The demo data has two of Moldova's initiatives serve its first priority and none its second.
        Assert.Equal([2, 0], dashboard.Priorities.Select(p => p.Totals.Count));

        var links = dashboard.Links().ToList();
        Assert.True(links.Count > 15, $"Moldova's dashboard has {links.Count} linked figures.");
        foreach (var (label, count, opens) in links)
        {
            // Through the address the page links to, as the scoreboard reads it.
            var address = new ScoreboardView(opens, ScoreboardView.DefaultHidden).ToQueryString();
            var ignored = new List<string>();
            var read = ScoreboardView.Parse(moldova, address, ignored).Query;
            Assert.Empty(ignored);
            Assert.Equal(opens, read);
            var result = await fixture.Get<QueryScoreboard>().ExecuteAsync(read, Token);
            Assert.True(count == result.Totals.Count, $"{label} shows {count}; its link {address} opens {result.Totals.Count}.");
        }
    }

    private async Task<List<ScoreboardRow>> AllRowsAsync(ScoreboardQuery query)
    {
        var rows = new List<ScoreboardRow>();
        for (var page = 0; ; page++)
        {
            var result = await fixture.Get<QueryScoreboard>().ExecuteAsync(query with { Page = page, PageSize = ScoreboardQuery.MaxPageSize }, Token);
            rows.AddRange(result.Rows);
            if (rows.Count >= result.Totals.Count || result.Rows.Count == 0)
            {
                return rows;
            }
        }
    }
}
