using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Scoreboards;

/// <summary>
/// The latest rating, defined once (<see cref="LatestProgress"/>), reads in SQL as the rule written out in the query: the
/// scoreboard's rating filter sends the same statement as before, and its column one ordered subquery, not a read per row.
/// </summary>
public sealed class LatestRatingSqlTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_rating_filter_sends_the_statement_of_the_rule_written_out()
    {
        await using var db = await fixture.CreateContextAsync();
        var updates = db.ProgressUpdates.AsNoTracking();
        var rules = new ScoreboardRules(new DateOnly(2026, 12, 6), 90);
        var query = new ScoreboardQuery { PartnershipId = Guid.NewGuid(), Rating = LatestRating.AtRisk };

        var filtered = ScoreboardFilter.Apply(db.Initiatives.AsNoTracking(), updates, query, rules).ToQueryString();

        var wanted = ProgressRating.AtRisk;
        var writtenOut = ScoreboardFilter.Apply(db.Initiatives.AsNoTracking(), updates, query with { Rating = null }, rules)
            .Where(i => updates.Where(u => u.InitiativeId == i.Id).OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.Id).Select(u => (ProgressRating?)u.Rating).FirstOrDefault() == wanted)
            .ToQueryString();
        Assert.Equal(writtenOut, filtered);
    }

    [Fact]
    public async Task The_rating_column_is_one_subquery_of_the_statement_ordered_newest_first()
    {
        await using var db = await fixture.CreateContextAsync();
        var query = new ScoreboardQuery { PartnershipId = Guid.NewGuid() };

        var sql = QueryScoreboard.Ordered(db, db.Initiatives.AsNoTracking().Where(i => i.PartnershipId == query.PartnershipId), query).ToQueryString();

        Assert.Contains("ORDER BY p0.reported_on DESC, p0.id DESC", sql.Replace("p1.", "p0.", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("LIMIT 1", sql, StringComparison.Ordinal);
    }
}
