namespace MobilityPartnerships.IntegrationTests.Scoreboards;

/// <summary>
/// Each initiative's row of funding sums, which the scoreboard, the dashboard and the partnership list read instead of
/// summing the lines, is kept by the database: it equals its lines summed after every insert, update and delete, a
/// bulk one included, and an initiative without lines has none.
/// </summary>
public sealed class FundingSumsTests(LargeScoreboardFixture fixture) : IClassFixture<LargeScoreboardFixture>
{
    /// <summary>Initiatives whose row of sums differs from their lines summed (or that have a row without lines, or lines without a row).</summary>
    private const string Mismatches = """
        SELECT count(*)
        FROM initiatives i
        LEFT JOIN initiative_funding_sums s ON s.initiative_id = i.id
        CROSS JOIN LATERAL (
            SELECT count(*) AS n, sum(f.total_budget) AS total, count(*) FILTER (WHERE f.total_budget IS NULL) AS total_unknown,
                   sum(f.eu_contribution) AS eu, count(*) FILTER (WHERE f.eu_contribution IS NULL) AS eu_unknown
            FROM funding_lines f WHERE f.initiative_id = i.id) AS l
        WHERE (l.n = 0) <> (s.initiative_id IS NULL)
           OR (l.n > 0 AND (s.lines <> l.n OR s.total_budget_known IS DISTINCT FROM l.total OR s.total_budget_unknown <> l.total_unknown
                            OR s.eu_contribution_known IS DISTINCT FROM l.eu OR s.eu_contribution_unknown <> l.eu_unknown))
        """;

    [Fact]
    public async Task The_sums_follow_every_insert_update_and_delete_of_funding_lines()
    {
        // The generated partnership's 20,000 lines were inserted in one statement.
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_funding_sums") >= LargeScoreboardFixture.InitiativeCount);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(Mismatches));

        await fixture.Database.ExecuteAsync("""
            UPDATE funding_lines SET total_budget = NULL
            WHERE id IN (SELECT id FROM funding_lines WHERE total_budget IS NOT NULL ORDER BY id LIMIT 300);
            UPDATE funding_lines SET eu_contribution = coalesce(eu_contribution, 0) + 1000
            WHERE id IN (SELECT id FROM funding_lines ORDER BY id DESC LIMIT 300);
            """);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(Mismatches));

        await fixture.Database.ExecuteAsync("""
            DELETE FROM funding_lines WHERE initiative_id IN (SELECT initiative_id FROM funding_lines ORDER BY id LIMIT 50);
            DELETE FROM funding_lines WHERE id IN (SELECT id FROM funding_lines ORDER BY id DESC LIMIT 7);
            """);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(Mismatches));
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives i WHERE NOT EXISTS (SELECT 1 FROM funding_lines f WHERE f.initiative_id = i.id)") > 0);
    }
}
