namespace MobilityPartnerships.IntegrationTests.Scoreboards;

/// <summary>
/// A partnership whose initiatives use far more values than a filter lists: <see cref="ProgrammeCount"/> programmes on
/// their funding lines and <see cref="LeadCount"/> organisations as their leads, a few of each used much more than the
/// rest (and tied among themselves, so names break the ties); beside it a small partnership of two initiatives.
/// </summary>
public sealed class ManyChoicesFixture : DatabaseFixture
{
    public const int InitiativeCount = 1_500;

    public const int ProgrammeCount = 3_000;

    public const int LeadCount = 300;

    public Guid PartnershipId { get; } = Guid.NewGuid();

    public Guid SmallId { get; } = Guid.NewGuid();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of many choices', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}'),
                   ($2, 'Partnership of few choices', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, PartnershipId, SmallId);
        await Database.ExecuteAsync($"""
            INSERT INTO organisations (id, name, short_name, kind, signs_through_presidency)
            SELECT gen_random_uuid(), 'Leading agency ' || lpad(m::text, 3, '0'), NULL, 'NationalAgency', false
            FROM generate_series(1, {LeadCount}) AS m;
            """);
        await Database.ExecuteAsync("""
            INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on)
            SELECT gen_random_uuid(), p.id, o.id, 'OriginalSignatory', DATE '2009-01-01'
            FROM organisations o CROSS JOIN partnerships p
            WHERE o.name LIKE 'Leading agency %' AND (p.id = $1 OR (p.id = $2 AND o.name = 'Leading agency 001'));
            """, PartnershipId, SmallId);

        // Initiative n is led by agency n for the first 300, then by one of agencies 1 to 60 (20 more each).
        await Database.ExecuteAsync($"""
            WITH agencies AS (SELECT id, row_number() OVER (ORDER BY name) AS place FROM organisations WHERE name LIKE 'Leading agency %')
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, lead_organisation_id)
            SELECT gen_random_uuid(), $1, 'MC-' || lpad(n::text, 5, '0'), 'Initiative of many choices ' || n, 'LegalMigration', 'Ongoing', 'New', true, a.id
            FROM generate_series(1, {InitiativeCount}) AS n
            JOIN agencies a ON a.place = CASE WHEN n <= {LeadCount} THEN n ELSE ((n * 7) % 60) + 1 END;
            """, PartnershipId);

        // Four lines an initiative, 6,000 in all: the first 3,000 name programmes 1 to 3,000 once each; the next 1,500
        // programmes 1 to 150 (10 more each), the last 1,500 programmes 1 to 30 (50 more each).
        await Database.ExecuteAsync($"""
            INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget, eu_contribution)
            SELECT gen_random_uuid(), i.id, 'EuProgramme',
                   'Programme ' || lpad((CASE WHEN l <= 3000 THEN l WHEN l <= 4500 THEN ((l * 13) % 150) + 1 ELSE ((l * 7) % 30) + 1 END)::text, 4, '0'),
                   1000, 500
            FROM initiatives i
            CROSS JOIN LATERAL (SELECT substr(i.reference_code, 4)::int AS n) AS number
            CROSS JOIN generate_series(1, 4) AS k
            CROSS JOIN LATERAL (SELECT (number.n - 1) * 4 + k AS l) AS line
            WHERE i.partnership_id = $1;
            """, PartnershipId);

        await Database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, lead_organisation_id)
            SELECT gen_random_uuid(), $1, 'FC-' || n, 'Initiative of few choices ' || n, 'LegalMigration', 'Ongoing', 'New', true,
                   (SELECT id FROM organisations WHERE name = 'Leading agency 001')
            FROM generate_series(1, 2) AS n;
            """, SmallId);
        await Database.ExecuteAsync("""
            INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget, eu_contribution)
            SELECT gen_random_uuid(), i.id, 'EuProgramme', 'AENEAS', 1000, 500 FROM initiatives i WHERE i.partnership_id = $1;
            """, SmallId);
    }
}
