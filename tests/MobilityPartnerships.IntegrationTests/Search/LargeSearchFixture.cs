using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// 60,000 initiatives over four partnerships, with titles, summaries, places, partners and contact points drawn
/// (from a fixed seed) from the words of migration cooperation in English and French. Inserted in bulk by SQL, so
/// the search documents are built by the same statement triggers as any other insert.
/// </summary>
public sealed class LargeSearchFixture : DatabaseFixture
{
    public const int InitiativeCount = 60_000;

    public IReadOnlyList<Guid> Partnerships { get; private set; } = [];

    public ClaimsPrincipal FocalPoint { get; private set; } = new();

    public ClaimsPrincipal TaskForceMember { get; private set; } = new();

    public TimeSpan SeedingTime { get; private set; }

    /// <summary>The benchmark searches 110 times a minute per user: an allowance of 60 would have it time refusals.</summary>
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Security:SearchesPerMinute"] = "100000" };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var commission = Organisation.Create("European Commission (benchmark)", "COM-B", OrganisationKind.EuInstitution);
        var agencies = new[]
        {
            Organisation.Create("Bundesagentur für Arbeit (benchmark)", "BA-B", OrganisationKind.NationalAgency, "DE"),
            Organisation.Create("Agence française de développement (benchmark)", "AFD-B", OrganisationKind.NationalAgency, "FR"),
            Organisation.Create("International Centre for Migration Policy Development (benchmark)", "ICMPD-B", OrganisationKind.InternationalOrganisation),
            Organisation.Create("Enabel, Belgian development agency (benchmark)", "ENABEL-B", OrganisationKind.NationalAgency, "BE"),
            Organisation.Create("Swedish Migration Agency (benchmark)", "SMA-B", OrganisationKind.NationalAgency, "SE"),
        };
        var countries = new[] { ("Moldova", "YM"), ("Georgia", "YG"), ("Armenia", "YA"), ("Morocco", "YO") };
        var partnerships = new List<Partnership>();
        await using (var db = await CreateContextAsync())
        {
            db.Organisations.Add(commission);
            db.Organisations.AddRange(agencies);
            foreach (var (name, code) in countries)
            {
                var country = Organisation.Create($"{name} (benchmark)", null, OrganisationKind.ThirdCountry, code);
                var partnership = Partnership.Open($"Mobility Partnership with {name} (benchmark)", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
                partnership.RecordSignature(new DateOnly(2010, 1, 15));
                partnership.RecordOriginalSignatory(commission);
                partnership.RecordOriginalSignatory(country);
                db.Organisations.Add(country);
                db.Partnerships.Add(partnership);
                partnerships.Add(partnership);
            }

            await db.SaveChangesAsync();
        }

        Partnerships = [.. partnerships.Select(p => p.Id)];
        var clock = Stopwatch.StartNew();
        await using (var db = await CreateContextAsync())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.OpenConnectionAsync();
            var partnershipIds = Partnerships.ToArray();
            var organisationIds = agencies.Select(a => a.Id).ToArray();
            await db.Database.ExecuteSqlAsync($"SELECT setseed(0.42)");
            await db.Database.ExecuteSqlAsync($"""
                WITH words AS (
                    SELECT ARRAY['migration','mobility','border','security','sécurité','readmission','asylum','labour','skills','diaspora',
                                 'remittances','integration','trafficking','visa','reintegration','seasonal','students','researchers','returns','protection',
                                 'coopération','frontières','développement','formation','capacity','building','management','dialogue','information','campaign',
                                 'employment','qualifications','recognition','health','workers','nurses','engineers','youth','entrepreneurship','statistics',
                                 'data','document','passport','biometric','smuggling','unaccompanied','minors','reception','centres','legal',
                                 'pathways','talent','partnership','circular','return','voluntary','assisted','policy','strategy','training',
                                 'gestion','migratoire','emploi','jeunes','santé','travailleurs','saisonniers','réinsertion','sensibilisation','mobilité'] AS w,
                           ARRAY['Chișinău','Tbilisi','Yerevan','Rabat','Bălți','Kutaisi','Batumi','Gyumri','Casablanca','Tanger','Cahul','Fès'] AS places
                ),
                numbered AS (SELECT n, random() AS r FROM generate_series(1, {InitiativeCount}) AS n)
                INSERT INTO initiatives (id, partnership_id, reference_code, title, summary, pillar, status, novelty, location, is_shareable, is_archived)
                SELECT gen_random_uuid(),
                       ({partnershipIds})[1 + n % 4],
                       'BM-' || lpad(n::text, 6, '0'),
                       initcap(w[1 + floor(random() * 70)::int]) || ' ' || w[1 + floor(random() * 70)::int] || ' ' || w[1 + floor(random() * 70)::int]
                           || CASE WHEN r < 0.5 THEN ' ' || w[1 + floor(random() * 70)::int] ELSE '' END,
                       (SELECT string_agg(w[1 + floor(random() * 70)::int + k * 0], ' ') FROM generate_series(1, 20 + (n % 15)) AS g(k)),
                       (ARRAY['LegalMigration','MigrationAndDevelopment','IllegalMigration','InternationalProtectionAndAsylum'])[1 + n % 4],
                       (ARRAY['Proposed','Planned','Ongoing','Completed','Cancelled'])[1 + n % 5],
                       'New',
                       CASE WHEN r < 0.7 THEN places[1 + floor(random() * 12)::int] END,
                       r >= 0.15,
                       false
                FROM numbered, words
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO initiative_partners (initiative_id, organisation_id, role)
                SELECT i.id, ({organisationIds})[1 + floor(random() * 5)::int], 'Implementing'
                FROM initiatives i WHERE i.partnership_id = ANY ({partnershipIds})
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO initiative_contact_points (initiative_id, name, "function", email)
                SELECT i.id,
                       (ARRAY['Ana','Nino','Ileana','Mariam','Youssef','Petru','Giorgi','Aram','Fatima','Jean-Luc','Søren','Zoë'])[1 + floor(random() * 12)::int] || ' ' ||
                       (ARRAY['Rusu','Beridze','Ciobanu','Petrosyan','El Amrani','Müller','Lefèvre','Dupont','Gelashvili','Harutyunyan','Benali','Nowak'])[1 + floor(random() * 12)::int],
                       'Programme officer',
                       'contact' || row_number() OVER () || '@example.org'
                FROM initiatives i WHERE i.partnership_id = ANY ({partnershipIds}) AND random() < 0.3
                """);
            await db.Database.ExecuteSqlAsync($"ANALYZE");
        }

        SeedingTime = clock.Elapsed;
        FocalPoint = await TestAccounts.CreateAsync(this, "Focal point (benchmark)", Role.FocalPoint, commission.Id, [.. Partnerships]);
        TaskForceMember = await TestAccounts.CreateAsync(this, "Task-force member (benchmark)", Role.TaskForceMember, null, Partnerships[1]);
    }
}
