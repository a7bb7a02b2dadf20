using FluentValidation;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Scoreboards;

/// <summary>The scoreboard query against 10,000 initiatives: each answer is checked against plain SQL.</summary>
public sealed class QueryScoreboardTests(LargeScoreboardFixture fixture) : IClassFixture<LargeScoreboardFixture>
{
    private QueryScoreboard Handler => fixture.Get<QueryScoreboard>();

    [Fact]
    public async Task A_page_returns_only_its_rows_in_title_order()
    {
        var result = await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, Page = 3, PageSize = 50 }, TestContext.Current.CancellationToken);

        Assert.Equal(50, result.Rows.Count);
        Assert.Equal(LargeScoreboardFixture.InitiativeCount, result.Totals.Count);
        var expected = await fixture.Database.ScalarAsync<string>(
            "SELECT string_agg(id::text, ',') FROM (SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY title, id OFFSET 150 LIMIT 50) page",
            fixture.PartnershipId);
        Assert.Equal(expected, string.Join(',', result.Rows.Select(r => r.Id)));
    }

    [Fact]
    public async Task Sorting_by_total_budget_descending_matches_SQL()
    {
        var result = await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, Sort = ScoreboardSort.TotalBudget, Descending = true, PageSize = 25 }, TestContext.Current.CancellationToken);

        var expected = await fixture.Database.ScalarAsync<string>("""
            SELECT string_agg(id::text, ',') FROM (
                SELECT i.id FROM initiatives i
                WHERE i.partnership_id = $1
                ORDER BY (SELECT sum(total_budget) FROM funding_lines f WHERE f.initiative_id = i.id) DESC NULLS LAST, i.id
                LIMIT 25) page
            """, fixture.PartnershipId);
        Assert.Equal(expected, string.Join(',', result.Rows.Select(r => r.Id)));
        Assert.True(result.Rows.Zip(result.Rows.Skip(1)).All(p => p.Second.TotalBudgetKnown is null || p.First.TotalBudgetKnown >= p.Second.TotalBudgetKnown));
    }

    [Fact]
    public async Task Filters_narrow_the_rows_and_totals_equal_SQL_sums_to_the_cent()
    {
        var query = new ScoreboardQuery { PartnershipId = fixture.PartnershipId, Pillar = Pillar.IllegalMigration, Status = InitiativeStatus.Ongoing, Programme = "AENEAS", PageSize = 100 };

        var result = await Handler.ExecuteAsync(query, TestContext.Current.CancellationToken);

        const string Matching = """
            FROM initiatives i WHERE i.partnership_id = $1 AND i.pillar = 'IllegalMigration' AND i.status = 'Ongoing'
              AND EXISTS (SELECT 1 FROM funding_lines f WHERE f.initiative_id = i.id AND f.programme = 'AENEAS')
            """;
        Assert.Equal(await fixture.Database.ScalarAsync<long>("SELECT count(*) " + Matching, fixture.PartnershipId), result.Totals.Count);
        Assert.Equal(await fixture.Database.ScalarAsync<decimal>("SELECT sum(f.total_budget) FROM funding_lines f WHERE f.initiative_id IN (SELECT i.id " + Matching + ")", fixture.PartnershipId), result.Totals.TotalBudget.Known);
        Assert.Equal(await fixture.Database.ScalarAsync<decimal>("SELECT sum(f.eu_contribution) FROM funding_lines f WHERE f.initiative_id IN (SELECT i.id " + Matching + ")", fixture.PartnershipId), result.Totals.EuContribution.Known);
        Assert.True(result.Totals.Count > 0);
        Assert.All(result.Rows, r => Assert.Equal((Pillar.IllegalMigration, InitiativeStatus.Ongoing), (r.Pillar, r.Status)));
        Assert.All(result.Rows, r => Assert.Contains("AENEAS", r.Programmes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_programme_of_an_initiative_is_listed_once_in_name_order()
    {
        // Every generated initiative has two funding lines of one programme.
        var result = await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, PageSize = 50 }, TestContext.Current.CancellationToken);

        var expected = await fixture.Database.ScalarAsync<string>("""
            SELECT string_agg(programmes, '|' ORDER BY title, id) FROM (
                SELECT i.id, i.title, (SELECT string_agg(DISTINCT f.programme, ', ' ORDER BY f.programme) FROM funding_lines f WHERE f.initiative_id = i.id) AS programmes
                FROM initiatives i WHERE i.partnership_id = $1 ORDER BY i.title, i.id LIMIT 50) page
            """, fixture.PartnershipId);
        Assert.Equal(expected, string.Join('|', result.Rows.Select(r => r.Programmes)));
        Assert.DoesNotContain(result.Rows, r => r.Programmes!.Contains(',', StringComparison.Ordinal) && r.Programmes.Split(", ").Distinct().Count() < r.Programmes.Split(", ").Length);
    }

    [Fact]
    public async Task Lead_filter_returns_only_that_leads_initiatives()
    {
        var leadId = await fixture.Database.ScalarAsync<Guid>("SELECT lead_organisation_id FROM initiatives WHERE partnership_id = $1 AND lead_organisation_id IS NOT NULL LIMIT 1", fixture.PartnershipId);

        var result = await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, LeadId = leadId }, TestContext.Current.CancellationToken);

        Assert.Equal(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1 AND lead_organisation_id = $2", fixture.PartnershipId, leadId), result.Totals.Count);
    }

    [Fact]
    public async Task Text_search_treats_wildcards_as_plain_characters()
    {
        var result = await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, Text = "100% circular_migration", PageSize = 100 }, TestContext.Current.CancellationToken);

        Assert.Equal(LargeScoreboardFixture.InitiativeCount / 97, result.Totals.Count);
        Assert.All(result.Rows, r => Assert.Contains("100% circular_migration", r.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_search_ignores_accents_and_case_in_each_text_it_looks_in_and_nothing_else()
    {
        // Three initiatives are given accented texts — a title, a summary, a location — and given back their own after.
        var ids = (await fixture.Database.RowsAsync(
            "SELECT id::text FROM initiatives WHERE partnership_id = $1 AND title NOT LIKE '%circular%' ORDER BY id LIMIT 3", fixture.PartnershipId)).Select(Guid.Parse).ToArray();
        var before = await fixture.Database.RowsAsync(
            "SELECT title || '|' || summary || '|' || location FROM initiatives WHERE id = ANY ($1) ORDER BY id", ids);
        await fixture.Database.ExecuteAsync("UPDATE initiatives SET title = 'Sécurité des documents de voyage' WHERE id = $1", ids[0]);
        await fixture.Database.ExecuteAsync("UPDATE initiatives SET summary = 'Formation des gardes-frontières à Chişinău' WHERE id = $1", ids[1]);
        await fixture.Database.ExecuteAsync("UPDATE initiatives SET location = 'Bălţi' WHERE id = $1", ids[2]);
        try
        {
            async Task<IReadOnlyList<Guid>> Found(string text) =>
                [.. (await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, Text = text, PageSize = 100 }, TestContext.Current.CancellationToken)).Rows.Select(r => r.Id)];

            Assert.Equal([ids[0]], await Found("securite"));
            Assert.Equal([ids[0]], await Found("SÉCURITÉ DES"));
            Assert.Equal([ids[0]], await Found("  Sécurité "));
            Assert.Equal([ids[1]], await Found("frontieres a chisinau"));
            Assert.Equal([ids[2]], await Found("BALTI"));

            // Only accents and case are set aside: a hyphen, a space or a letter more still counts, and no match runs
            // from one text into the next (the title's end and the summary's start).
            Assert.Empty(await Found("gardes frontieres"));
            Assert.Empty(await Found("securites"));
            Assert.Empty(await Found("voyage" + (await fixture.Database.RowsAsync("SELECT left(summary, 5) FROM initiatives WHERE id = $1", ids[0]))[0]));
        }
        finally
        {
            await fixture.Database.ExecuteAsync(
                "UPDATE initiatives i SET title = split_part(b.t, '|', 1), summary = split_part(b.t, '|', 2), location = split_part(b.t, '|', 3) FROM unnest($1::uuid[], $2::text[]) AS b(id, t) WHERE i.id = b.id",
                ids, before.ToArray());
        }
    }

    [Fact]
    public async Task Grouping_by_pillar_keeps_each_pillar_together_with_its_own_totals()
    {
        var result = await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, GroupByPillar = true, PageSize = 100, Page = 24 }, TestContext.Current.CancellationToken);
        var next = await Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, GroupByPillar = true, PageSize = 100, Page = 25 }, TestContext.Current.CancellationToken);

        // Each pillar has 2,500 rows: the 25th page ends legal migration, the 26th starts migration and development.
        Assert.All(result.Rows, r => Assert.Equal(Pillar.LegalMigration, r.Pillar));
        Assert.All(next.Rows, r => Assert.Equal(Pillar.MigrationAndDevelopment, r.Pillar));
        Assert.True(string.CompareOrdinal(result.Rows[0].Title, result.Rows[^1].Title) <= 0, "within a pillar the rows keep their title order");
        foreach (var (pillar, totals) in result.PillarTotals)
        {
            Assert.Equal(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1 AND pillar = $2", fixture.PartnershipId, pillar.ToString()), totals.Count);
        }

        Assert.Equal(result.Totals.TotalBudget, result.PillarTotals.Values.Aggregate(Amount.Nothing, (sum, t) => sum + t.TotalBudget));
    }

    [Fact]
    public async Task A_page_size_outside_the_offered_ones_is_refused()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Handler.ExecuteAsync(new ScoreboardQuery { PartnershipId = fixture.PartnershipId, PageSize = 100_000 }, TestContext.Current.CancellationToken));

        Assert.Contains("Page size", error.Message, StringComparison.Ordinal);
    }
}
