namespace MobilityPartnerships.IntegrationTests.Scoreboards.Figures;

/// <summary>
/// Each partnership's kept figures (initiatives counted and their money summed by pillar, sharing and archiving) and kept
/// choices (the values its initiatives use for the filters that offer choices), which a scoreboard reads instead of its
/// initiatives, equal what its initiatives give when counted from scratch: after a bulk insert, and after every kind of
/// change to initiatives, their thematic areas and their funding lines, a bulk one included.
/// </summary>
public sealed class PartnershipFiguresTests(LargeScoreboardFixture fixture) : IClassFixture<LargeScoreboardFixture>
{
    /// <summary>The rows where the kept figures or choices differ from those counted from scratch, and the kept uses below zero.</summary>
    private const string Mismatches = """
        WITH counted_figures AS (
            SELECT i.partnership_id, i.pillar, i.is_shareable, i.is_archived, count(*)::int AS initiatives,
                   count(*) FILTER (WHERE s.total_budget_unknown = 0)::int AS total_complete, count(s.total_budget_known)::int AS total_parts,
                   coalesce(sum(s.total_budget_known), 0) AS total_known,
                   count(*) FILTER (WHERE s.eu_contribution_unknown = 0)::int AS eu_complete, count(s.eu_contribution_known)::int AS eu_parts,
                   coalesce(sum(s.eu_contribution_known), 0) AS eu_known
            FROM initiatives i LEFT JOIN initiative_funding_sums s ON s.initiative_id = i.id
            GROUP BY 1, 2, 3, 4),
        kept_figures AS (
            SELECT partnership_id, pillar, is_shareable, is_archived, initiatives, total_budget_complete, total_budget_known_parts,
                   total_budget_known, eu_contribution_complete, eu_contribution_known_parts, eu_contribution_known
            FROM partnership_figures
            WHERE (initiatives, total_budget_complete, total_budget_known_parts, total_budget_known,
                   eu_contribution_complete, eu_contribution_known_parts, eu_contribution_known) <> (0, 0, 0, 0, 0, 0, 0)),
        counted_choices AS (
            SELECT i.partnership_id, i.is_shareable, u.filter, u.choice_id, u.choice_text, count(*)::int AS uses
            FROM initiatives i CROSS JOIN LATERAL (
                SELECT 'leadId' AS filter, i.lead_organisation_id AS choice_id, NULL::text AS choice_text WHERE i.lead_organisation_id IS NOT NULL
                UNION ALL SELECT 'thematicAreaId', a.thematic_area_id, NULL FROM initiative_thematic_areas a WHERE a.initiative_id = i.id
                UNION ALL SELECT 'programme', NULL, l.programme FROM funding_lines l WHERE l.initiative_id = i.id AND l.programme IS NOT NULL
                UNION ALL SELECT 'contributorId', l.contributor_id, NULL FROM funding_lines l WHERE l.initiative_id = i.id AND l.contributor_id IS NOT NULL) AS u
            GROUP BY 1, 2, 3, 4, 5),
        kept_choices AS (
            SELECT partnership_id, is_shareable, filter::text, choice_id, choice_text, uses FROM partnership_choices WHERE uses <> 0)
        SELECT
            (SELECT count(*) FROM ((TABLE counted_figures EXCEPT TABLE kept_figures) UNION ALL (TABLE kept_figures EXCEPT TABLE counted_figures)) AS d)
          + (SELECT count(*) FROM ((TABLE counted_choices EXCEPT TABLE kept_choices) UNION ALL (TABLE kept_choices EXCEPT TABLE counted_choices)) AS d)
          + (SELECT count(*) FROM partnership_choices WHERE uses < 0)
        """;

    /// <summary>Changes of every kind, each in one statement over many rows; $1 is the generated partnership, $2 another with the same participants.</summary>
    private static readonly (string What, string Sql)[] Changes =
    [
        ("pillars changed", "UPDATE initiatives SET pillar = 'IllegalMigration' WHERE id IN (SELECT id FROM initiatives WHERE partnership_id = $1 AND pillar <> 'IllegalMigration' ORDER BY id LIMIT 500)"),
        ("archived and brought back", "UPDATE initiatives SET is_archived = NOT is_archived WHERE id IN (SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY id DESC LIMIT 300)"),
        ("no longer shared", "UPDATE initiatives SET is_shareable = NOT is_shareable WHERE id IN (SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY title LIMIT 300)"),
        ("leads changed", """
            UPDATE initiatives i SET lead_organisation_id = (
                SELECT pp.organisation_id FROM partnership_participants pp
                WHERE pp.partnership_id = i.partnership_id AND pp.organisation_id IS DISTINCT FROM i.lead_organisation_id ORDER BY pp.organisation_id LIMIT 1)
            WHERE id IN (SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY reference_code LIMIT 200)
            """),
        ("leads removed", "UPDATE initiatives SET lead_organisation_id = NULL WHERE id IN (SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY reference_code DESC LIMIT 100)"),
        ("moved to another partnership", "UPDATE initiatives SET partnership_id = $2 WHERE id IN (SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY id LIMIT 100)"),
        ("amounts no longer known", "UPDATE funding_lines SET total_budget = NULL WHERE id IN (SELECT id FROM funding_lines WHERE total_budget IS NOT NULL ORDER BY id LIMIT 300)"),
        ("amounts known again", "UPDATE funding_lines SET total_budget = coalesce(eu_contribution, 0) + 12.5 WHERE id IN (SELECT id FROM funding_lines WHERE total_budget IS NULL ORDER BY id LIMIT 100)"),
        ("programmes renamed", "UPDATE funding_lines SET programme = 'Programme ' || (id::text < '8') WHERE id IN (SELECT id FROM funding_lines ORDER BY id DESC LIMIT 300)"),
        ("contributors named", "UPDATE funding_lines SET contributor_id = (SELECT organisation_id FROM partnership_participants WHERE partnership_id = $1 ORDER BY organisation_id LIMIT 1) WHERE id IN (SELECT id FROM funding_lines ORDER BY total_budget LIMIT 40)"),
        ("lines removed", "DELETE FROM funding_lines WHERE id IN (SELECT id FROM funding_lines ORDER BY programme, id LIMIT 77)"),
        ("lines added", "INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget) SELECT gen_random_uuid(), id, 'EuProgramme', 'Added programme', NULL FROM initiatives WHERE partnership_id = $1 ORDER BY title DESC LIMIT 60"),
        ("thematic areas added", """
            INSERT INTO initiative_thematic_areas (initiative_id, thematic_area_id)
            SELECT i.id, (SELECT t.id FROM thematic_areas t WHERE t.pillar = i.pillar ORDER BY t.name LIMIT 1)
            FROM initiatives i WHERE i.partnership_id = $1 ORDER BY i.id LIMIT 400
            """),
        ("thematic areas removed", "DELETE FROM initiative_thematic_areas WHERE initiative_id IN (SELECT initiative_id FROM initiative_thematic_areas ORDER BY initiative_id DESC LIMIT 30)"),
        ("initiatives deleted with their lines and areas", "DELETE FROM initiatives WHERE id IN (SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY id DESC LIMIT 250)"),
    ];

    [Fact]
    public async Task The_kept_figures_and_choices_equal_the_initiatives_counted_from_scratch_after_every_kind_of_change()
    {
        var other = Guid.NewGuid();
        await fixture.Database.ExecuteAsync(
            "INSERT INTO partnerships (id, name, kind, status, signed_on, priorities) VALUES ($1, 'Other partnership', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}')",
            other);
        await fixture.Database.ExecuteAsync("""
            INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on)
            SELECT gen_random_uuid(), $2, organisation_id, basis, joined_on FROM partnership_participants WHERE partnership_id = $1
            """, fixture.PartnershipId, other);
        Assert.Equal(4L, await fixture.Database.ScalarAsync<long>("SELECT count(DISTINCT pillar) FROM partnership_figures WHERE partnership_id = $1 AND initiatives > 0", fixture.PartnershipId));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(Mismatches));

        foreach (var (what, sql) in Changes)
        {
            Assert.True(await fixture.Database.ExecuteAsync(sql, fixture.PartnershipId, other) > 0, $"{what}: the change changed nothing.");
            Assert.True(await fixture.Database.ScalarAsync<long>(Mismatches) == 0, $"{what}: the kept figures or choices differ from the initiatives counted.");
        }

        Assert.Equal(100L, await fixture.Database.ScalarAsync<long>("SELECT sum(initiatives) FROM partnership_figures WHERE partnership_id = $1", other));
    }
}
