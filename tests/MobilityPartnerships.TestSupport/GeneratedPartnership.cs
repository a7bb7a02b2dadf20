namespace MobilityPartnerships.TestSupport;

/// <summary>
/// A partnership of 10,000 generated initiatives with two funding lines each, written in one SQL statement per table:
/// the large partnership of the tests that check figures and statements at size (scripts/bench/large-partnership.sql
/// is the benchmarks' copy).
/// </summary>
public static class GeneratedPartnership
{
    public const int Count = 10_000;

    /// <summary>Stores the partnership under <paramref name="partnershipId"/> in a database with the reference data loaded.</summary>
    public static async Task SeedAsync(TestDatabase database, Guid partnershipId)
    {
        ArgumentNullException.ThrowIfNull(database);

        await database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Generated partnership', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, partnershipId);
        await database.ExecuteAsync("""
            INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on)
            SELECT gen_random_uuid(), $1, o.id, 'OriginalSignatory', DATE '2009-01-01'
            FROM organisations o WHERE o.kind = 'MemberState' AND o.member_from <= DATE '2009-01-01' AND o.country_code IN ('DE', 'FR', 'SE', 'PL', 'IT');
            """, partnershipId);
        await database.ExecuteAsync($$"""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, summary, pillar, lead_organisation_id, status, novelty, is_shareable, location, period_start_month, period_end_month)
            SELECT gen_random_uuid(), $1, 'GEN-' || lpad(n::text, 5, '0'),
                   'Initiative ' || lpad(((n * 7919) % {{Count}})::text, 5, '0') || CASE WHEN n % 97 = 0 THEN ' on 100% circular_migration' ELSE '' END,
                   'Generated row ' || n,
                   (ARRAY['LegalMigration','MigrationAndDevelopment','IllegalMigration','InternationalProtectionAndAsylum'])[1 + n % 4],
                   CASE WHEN n % 6 = 0 THEN NULL ELSE (SELECT organisation_id FROM partnership_participants p WHERE p.partnership_id = $1 ORDER BY organisation_id OFFSET n % 5 LIMIT 1) END,
                   (ARRAY['Proposed','Planned','Ongoing','Completed','Cancelled'])[1 + n % 5],
                   'New', true, 'Place ' || (n % 13),
                   DATE '2010-01-01' + ((n % 36) || ' months')::interval,
                   DATE '2012-01-01' + ((n % 24) || ' months')::interval
            FROM generate_series(1, {{Count}}) AS n;
            """, partnershipId);
        await database.ExecuteAsync("""
            INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget, eu_contribution)
            SELECT gen_random_uuid(), i.id, 'EuProgramme', (ARRAY['AENEAS','Thematic Programme','MEDA'])[1 + (abs(hashtext(i.id::text)) % 3)],
                   round((abs(hashtext(i.title || k)) % 10000000) / 100.0 + 1000, 2),
                   round((abs(hashtext(i.title || k)) % 10000000) / 100.0 * 0.8, 2)
            FROM initiatives i CROSS JOIN generate_series(1, 2) AS k
            WHERE i.partnership_id = $1;
            """, partnershipId);
    }
}
