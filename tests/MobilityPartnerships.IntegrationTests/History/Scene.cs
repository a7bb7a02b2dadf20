using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests.History;

/// <summary>A signed partnership with one initiative and one funding line, stored through the domain.</summary>
internal sealed record Scene(Guid PartnershipId, Guid InitiativeId, Guid FundingLineId)
{
    public static async Task<Scene> StoreAsync(DatabaseFixture fixture)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var commission = Organisation.Create($"Commission {suffix}", null, OrganisationKind.EuInstitution);
        var partnership = Partnership.Open($"Partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2010, 1, 15));
        partnership.RecordOriginalSignatory(commission);
        var initiative = Initiative.Propose(partnership, "Labour migration pilot", Pillar.LegalMigration, InitiativeStatus.Planned);
        initiative.AssignLead(partnership, commission.Id);
        var line = FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", commission.Id, 1000m, 800m);
        initiative.AddFundingLine(line);

        await using var db = await fixture.CreateContextAsync();
        db.Organisations.Add(commission);
        db.Partnerships.Add(partnership);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Scene(partnership.Id, initiative.Id, line.Id);
    }
}
