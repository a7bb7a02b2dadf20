using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>
/// The filters the dashboard's figures link to select in SQL exactly the rows the page's own rules pick out of the
/// unfiltered scoreboard: "no recent update" as <see cref="ScoreboardRow.NeedsUpdate"/>, "late" as <see cref="ScoreboardRow.IsLate"/>,
/// the rating as the newest update's; and they survive a trip through the address.
/// </summary>
public sealed class ScoreboardFigureFiltersTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stale_late_rating_novelty_and_contributor_filters_match_the_rows_rules()
    {
        await using var db = await fixture.CreateContextAsync();
        var georgia = await db.Partnerships.Where(p => p.Name == "Mobility Partnership with Georgia").Select(p => p.Id).SingleAsync(Token);
        var ids = await db.Initiatives.Where(i => i.PartnershipId == georgia).OrderBy(i => i.Title).Select(i => i.Id).ToListAsync(Token);
        var today = ProductDays.Today;
        var days = fixture.Get<IOptions<ProgressOptions>>().Value.StaleAfterDays;

        // Updates just inside and just outside the threshold, and a newer update overriding an older rating.
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(ids[0], new ProgressDraft { ReportedOn = today.AddDays(-days), Rating = ProgressRating.Delayed, Narrative = "On the threshold" }, Token);
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(ids[1], new ProgressDraft { ReportedOn = today.AddDays(-days - 1), Rating = ProgressRating.OnTrack, Narrative = "A day too old" }, Token);
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(ids[2], new ProgressDraft { ReportedOn = today.AddDays(-400), Rating = ProgressRating.AtRisk, Narrative = "Older" }, Token);
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(ids[2], new ProgressDraft { ReportedOn = today.AddDays(-1), Rating = ProgressRating.OnTrack, Narrative = "Newer" }, Token);

        var all = await RowsAsync(new ScoreboardQuery { PartnershipId = georgia });
        Assert.Equal(ids.Count, all.Count);

        var stale = await RowsAsync(new ScoreboardQuery { PartnershipId = georgia, NeedsUpdate = true });
        Assert.Equal(all.Where(r => r.NeedsUpdate(today, days)).Select(r => r.Id).Order(), stale.Select(r => r.Id).Order());
        Assert.DoesNotContain(ids[0], stale.Select(r => r.Id));
        Assert.InRange(stale.Count, 1, all.Count - 1);

        var late = await RowsAsync(new ScoreboardQuery { PartnershipId = georgia, Late = true });
        Assert.Equal(all.Where(r => r.IsLate(today)).Select(r => r.Id).Order(), late.Select(r => r.Id).Order());

        foreach (var rating in Enum.GetValues<LatestRating>())
        {
            var rated = await RowsAsync(new ScoreboardQuery { PartnershipId = georgia, Rating = rating });
            Assert.Equal(all.Where(r => r.LastRating == rating.ToProgressRating()).Select(r => r.Id).Order(), rated.Select(r => r.Id).Order());
        }

        Assert.Equal(2, (await RowsAsync(new ScoreboardQuery { PartnershipId = georgia, Rating = LatestRating.OnTrack })).Count);

        var novelty = await db.Initiatives.Where(i => i.PartnershipId == georgia).GroupBy(i => i.Novelty).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Token);
        foreach (var value in Enum.GetValues<Novelty>())
        {
            Assert.Equal(novelty.Find(n => n.Key == value)?.Count ?? 0, (await RowsAsync(new ScoreboardQuery { PartnershipId = georgia, Novelty = value })).Count);
        }

        var contributor = await db.Initiatives.Where(i => i.PartnershipId == georgia).SelectMany(i => i.FundingLines).Where(f => f.ContributorId != null).Select(f => f.ContributorId!.Value).FirstAsync(Token);
        var funded = await db.Initiatives.CountAsync(i => i.PartnershipId == georgia && i.FundingLines.Any(f => f.ContributorId == contributor), Token);
        Assert.Equal(funded, (await RowsAsync(new ScoreboardQuery { PartnershipId = georgia, ContributorId = contributor })).Count);
    }

    [Fact]
    public void The_new_filters_survive_the_address_and_nonsense_is_reported()
    {
        var id = Guid.CreateVersion7();
        var query = new ScoreboardQuery { PartnershipId = id, Novelty = Novelty.AlreadyPlanned, Rating = LatestRating.NoUpdate, NeedsUpdate = true, Late = true, ContributorId = Guid.CreateVersion7() };
        var address = new ScoreboardView(query, ScoreboardView.DefaultHidden).ToQueryString();
        var ignored = new List<string>();
        Assert.Equal(query, ScoreboardView.Parse(id, address, ignored).Query);
        Assert.Empty(ignored);

        var read = ScoreboardView.Parse(id, "?novelty=Maybe&rating=7&stale=yes&late=1&contributor=x", ignored).Query;
        Assert.Equal(["novelty=Maybe", "rating=7", "stale=yes", "contributor=x"], ignored);
        Assert.True(read.Late);
        Assert.Equal(new ScoreboardQuery { PartnershipId = id, Late = true }, read);
    }

    private async Task<List<ScoreboardRow>> RowsAsync(ScoreboardQuery query) =>
        [.. (await fixture.Get<QueryScoreboard>().ExecuteAsync(query with { PageSize = ScoreboardQuery.MaxPageSize }, Token)).Rows];
}
