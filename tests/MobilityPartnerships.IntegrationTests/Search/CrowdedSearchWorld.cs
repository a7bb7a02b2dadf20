using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// A partnership with <see cref="Crowd"/> initiatives whose titles all hold the words of <see cref="ExactTitle"/> and more,
/// each with a contact point named <see cref="ContactName"/> — more than the search counts — and, among them, two
/// initiatives titled exactly <see cref="ExactTitle"/>: one shared, one not to be shared beyond the partnership. A second
/// partnership has an initiative of that very title too, for readers who may not see it. Inserted in bulk by SQL, so the
/// search documents are built by the same triggers as any other insert.
/// </summary>
public sealed class CrowdedSearchWorld : DatabaseFixture
{
    public const string ExactTitle = "Return and reintegration counselling";
    public const string ContactName = "Ana Rusu";
    public const int Crowd = 3000;

    public Guid Crowded { get; private set; }

    public Guid Other { get; private set; }

    public Guid ExactShared { get; private set; }

    public Guid ExactUnshared { get; private set; }

    public Guid ExactElsewhere { get; private set; }

    /// <summary>A task-force member given the crowded partnership only (the EU side: sees unshared initiatives).</summary>
    public ClaimsPrincipal Member { get; private set; } = new();

    /// <summary>An official of the crowded partnership's partner country (does not see unshared initiatives).</summary>
    public ClaimsPrincipal Official { get; private set; } = new();

    /// <summary>Reading every page of a group searches 40 times for one user: an allowance of 60 a minute would refuse some.</summary>
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Security:SearchesPerMinute"] = "100000" };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var country = Organisation.Create("Republic of Crowds (search)", null, OrganisationKind.ThirdCountry, "XC");
        var elsewhere = Organisation.Create("Elsewhere (search)", null, OrganisationKind.ThirdCountry, "XE");
        var crowded = Partnership.Open("Mobility Partnership with the Republic of Crowds", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
        var other = Partnership.Open("Mobility Partnership with Elsewhere", PartnershipKind.BilateralMigrationPartnership, elsewhere, PartnershipStatus.Negotiation);
        await using (var db = await CreateContextAsync())
        {
            db.Organisations.AddRange(country, elsewhere);
            db.Partnerships.AddRange(crowded, other);
            await db.SaveChangesAsync();
        }

        (Crowded, Other) = (crowded.Id, other.Id);
        await using (var db = await CreateContextAsync())
        {
            var exactShared = Guid.CreateVersion7();
            var exactUnshared = Guid.CreateVersion7();
            var exactElsewhere = Guid.CreateVersion7();
            // The exact titles stand in the middle of the crowd, so neither insertion nor id order puts them first.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO initiatives (id, partnership_id, reference_code, title, summary, pillar, status, novelty, location, is_shareable, is_archived)
                SELECT CASE n WHEN {Crowd / 2} THEN {exactShared} WHEN {Crowd / 2 + 1} THEN {exactUnshared} ELSE gen_random_uuid() END,
                       {Crowded},
                       'CR-' || lpad(n::text, 5, '0'),
                       CASE WHEN n IN ({Crowd / 2}, {Crowd / 2 + 1}) THEN {ExactTitle}
                            ELSE {ExactTitle} || ' for returnees of region ' || n END,
                       'Counselling on return and reintegration, case ' || n,
                       'IllegalMigration', 'Planned', 'New', NULL,
                       n <> {Crowd / 2 + 1},
                       false
                FROM generate_series(1, {Crowd}) AS n
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, is_archived)
                VALUES ({exactElsewhere}, {Other}, 'EL-00001', {ExactTitle}, 'IllegalMigration', 'Planned', 'New', true, false)
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO initiative_contact_points (initiative_id, name, "function", email)
                SELECT i.id, {ContactName}, 'Counsellor', 'counsellor' || row_number() OVER () || '@example.org'
                FROM initiatives i WHERE i.partnership_id IN ({Crowded}, {Other})
                """);
            await db.Database.ExecuteSqlAsync($"ANALYZE");
            (ExactShared, ExactUnshared, ExactElsewhere) = (exactShared, exactUnshared, exactElsewhere);
        }

        Member = await TestAccounts.CreateAsync(this, "Task-force member of the crowded partnership", Role.TaskForceMember, null, Crowded);
        Official = await TestAccounts.CreateAsync(this, "Official of the Republic of Crowds", Role.PartnerCountryOfficial, country.Id);
    }
}
