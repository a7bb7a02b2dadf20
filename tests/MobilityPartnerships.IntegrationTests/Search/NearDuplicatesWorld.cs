using System.Globalization;
using System.Security.Claims;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// One partnership whose initiative <see cref="ExactTitle"/> is crowded by 1,000 near-duplicates: titles holding all
/// its words and more, titles repeating its words, and titles with its words in another order.
/// </summary>
public sealed class NearDuplicatesWorld : DatabaseFixture
{
    public const string ExactTitle = "Pre-departure orientation for seasonal agricultural workers";
    public const int NearDuplicates = 1000;

    public Guid Exact { get; private set; }

    public ClaimsPrincipal Reader { get; private set; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var country = Organisation.Create("Republic of Moldova (near duplicates)", null, OrganisationKind.ThirdCountry, "XN");
        var partnership = Partnership.Open("Mobility Partnership (near duplicates)", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
        string[] shapes =
        [
            "Pre-departure orientation for seasonal agricultural workers, phase {0}",
            "Seasonal agricultural workers: pre-departure orientation for seasonal agricultural workers {0}",
            "Orientation for agricultural workers before seasonal pre-departure {0}",
            "Pre-departure orientation for seasonal agricultural workers and their families in region {0}",
        ];
        var crowd = Enumerable.Range(1, NearDuplicates)
            .Select(n => Initiative.Propose(partnership, string.Format(CultureInfo.InvariantCulture, shapes[n % shapes.Length], n), Pillar.LegalMigration, InitiativeStatus.Planned))
            .ToList();

        // Stored in the middle of the crowd, so neither insertion order nor id order puts it first.
        var exact = Initiative.Propose(partnership, ExactTitle, Pillar.LegalMigration, InitiativeStatus.Planned);
        crowd.Insert(NearDuplicates / 2, exact);
        await using (var db = await CreateContextAsync())
        {
            db.Organisations.Add(country);
            db.Partnerships.Add(partnership);
            db.Initiatives.AddRange(crowd);
            await db.SaveChangesAsync();
        }

        Exact = exact.Id;
        Reader = await TestAccounts.CreateAsync(this, "Reader of the crowded partnership", Role.TaskForceMember, null, partnership.Id);
    }
}
