using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.IntegrationTests.Figures;

/// <summary>
/// The demo partnerships, and a generated one of 10,000 initiatives whose amounts mix every case: no funding line,
/// a line without figures, some lines known and some not, a recorded 0, and lines all known. Each partnership has a
/// coming meeting, so that its briefing pack can be made.
/// </summary>
public sealed class FiguresFixture : DatabaseFixture
{
    public const int GeneratedCount = 10_000;

    protected override bool LoadDemoData => true;

    public Guid GeneratedId { get; } = Guid.NewGuid();

    public IReadOnlyDictionary<Guid, Guid> MeetingOf { get; private set; } = new Dictionary<Guid, Guid>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Generated partnership with unknown amounts', 'MobilityPartnership', 'InImplementation', DATE '2012-01-01', '{}');
            """, GeneratedId);
        await Database.ExecuteAsync($$"""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, is_archived)
            SELECT gen_random_uuid(), $1, 'AMT-' || lpad(n::text, 5, '0'), 'Generated initiative ' || n,
                   (ARRAY['LegalMigration','MigrationAndDevelopment','IllegalMigration','InternationalProtectionAndAsylum'])[1 + (n / 7) % 4],
                   (ARRAY['Proposed','Planned','Ongoing','Completed'])[1 + n % 4],
                   'New', true, n % 50 = 0
            FROM generate_series(1, {{GeneratedCount}}) AS n;
            """, GeneratedId);

        // By n % 6: 0 no line; 1 one line without figures; 2 one line known and one not; 3 a recorded 0;
        // 4 two lines known; 5 a known total without its EU share.
        await Database.ExecuteAsync("""
            INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget, eu_contribution)
            SELECT gen_random_uuid(), i.id, 'EuProgramme', (ARRAY['AENEAS','Thematic Programme'])[1 + k % 2],
                   CASE WHEN m = 1 OR (m = 2 AND k = 2) THEN NULL WHEN m = 3 THEN 0 ELSE 1000 + (n % 997) * 10.25 + k END,
                   CASE WHEN m = 1 OR (m = 2 AND k = 2) OR m = 5 THEN NULL WHEN m = 3 THEN 0 ELSE 500 + (n % 991) * 3.5 END
            FROM initiatives i
            CROSS JOIN LATERAL (SELECT substr(i.reference_code, 5)::int AS n) r
            CROSS JOIN LATERAL (SELECT r.n % 6 AS m) c
            CROSS JOIN generate_series(1, 2) AS k
            WHERE i.partnership_id = $1 AND c.m <> 0 AND (k = 1 OR c.m IN (2, 4));
            """, GeneratedId);

        await using var db = await CreateContextAsync();
        var partnerships = await db.Partnerships.Where(p => !p.IsArchived).ToListAsync();
        var meetings = new Dictionary<Guid, Guid>();
        foreach (var partnership in partnerships)
        {
            var meeting = Meeting.Plan(partnership, MeetingKind.TaskForce, "Figures check", ProductDays.Today.AddDays(7), "Brussels", isOnline: false);
            db.Meetings.Add(meeting);
            meetings[partnership.Id] = meeting.Id;
        }

        await db.SaveChangesAsync();
        MeetingOf = meetings;
    }
}
