namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>
/// A partnership whose initiatives' funding lines name many more programmes and contributors than a dashboard lists:
/// <see cref="ProgrammeCount"/> programmes and <see cref="ContributorCount"/> contributing organisations (some shown by
/// the same name: every third one's short name is the name of the one before it), lines that name neither, and amounts
/// known, known as 0 and not known; beside it the generated partnership of 10,000 initiatives and three programmes.
/// </summary>
public sealed class ManyFundersFixture : DatabaseFixture
{
    public const int InitiativeCount = 2_000;

    public const int ProgrammeCount = 900;

    public const int ContributorCount = 400;

    public Guid PartnershipId { get; } = Guid.NewGuid();

    public Guid FewFundersId { get; } = Guid.NewGuid();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await TestSupport.GeneratedPartnership.SeedAsync(Database, FewFundersId);
        await Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of many funders', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}');
            """, PartnershipId);
        await Database.ExecuteAsync($"""
            INSERT INTO organisations (id, name, short_name, kind, signs_through_presidency)
            SELECT gen_random_uuid(), 'Funder ' || lpad(m::text, 4, '0'), CASE WHEN m % 3 = 0 THEN 'Funder ' || lpad((m - 1)::text, 4, '0') END, 'NationalAgency', false
            FROM generate_series(1, {ContributorCount}) AS m;
            """);
        await Database.ExecuteAsync($"""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, summary, pillar, status, novelty, is_shareable, location)
            SELECT gen_random_uuid(), $1, 'MF-' || lpad(n::text, 5, '0'), 'Funded initiative ' || n, 'Generated row ' || n,
                   (ARRAY['LegalMigration','MigrationAndDevelopment','IllegalMigration','InternationalProtectionAndAsylum'])[1 + n % 4],
                   'Ongoing', 'New', true, 'Place'
            FROM generate_series(1, {InitiativeCount}) AS n;
            """, PartnershipId);

        // Three lines an initiative; a programme's lines each give 1,000 times its number modulo 17 (0 included), or nothing
        // for numbers 16 modulo 17 and for some lines, so that sums tie, are known as 0, and are not known at all.
        await Database.ExecuteAsync($"""
            WITH funders AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS place FROM organisations WHERE name LIKE 'Funder %'),
                 lines AS (
                    SELECT i.id AS initiative_id, n, k, (n * 7 + k * 13) % {ProgrammeCount} AS p
                    FROM initiatives i CROSS JOIN generate_series(1, 3) AS k, LATERAL (SELECT substr(i.reference_code, 4)::int AS n) AS number
                    WHERE i.partnership_id = $1),
                 amounts AS (
                    SELECT l.*, CASE WHEN p % 17 = 16 OR (n * k) % 13 = 0 THEN NULL ELSE 1000.00 * (p % 17) END AS total
                    FROM lines l)
            INSERT INTO funding_lines (id, initiative_id, source_kind, programme, contributor_id, total_budget, eu_contribution)
            SELECT gen_random_uuid(), a.initiative_id, 'EuProgramme',
                   CASE WHEN (a.n + a.k) % 41 = 0 THEN NULL ELSE 'Programme ' || lpad(a.p::text, 3, '0') END,
                   f.id,
                   a.total,
                   CASE WHEN (a.n * a.k) % 7 = 0 THEN NULL ELSE round(a.total / 2, 2) END
            FROM amounts a LEFT JOIN funders f ON f.place = (a.n * 11 + a.k) % {ContributorCount} AND (a.n + a.k) % 37 <> 0;
            """, PartnershipId);
    }
}
