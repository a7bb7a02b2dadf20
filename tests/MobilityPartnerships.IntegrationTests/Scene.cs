using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>
/// A partnership signed on <see cref="Signature"/> by the Commission, with one initiative it leads (reference
/// code, June 2010 – June 2011) and one funding line (€ 1,000.00, EU € 800.00), stored through the domain;
/// and an outsider organisation that takes no part.
/// </summary>
internal sealed record Scene(Guid PartnershipId, Guid InitiativeId, Guid FundingLineId, Guid CommissionId, Guid OutsiderId, string ReferenceCode)
{
    public static readonly DateOnly Signature = new(2010, 1, 15);

    public static async Task<Scene> StoreAsync(DatabaseFixture fixture)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var commission = Organisation.Create($"Commission {suffix}", null, OrganisationKind.EuInstitution);
        var outsider = Organisation.Create($"Outsider {suffix}", null, OrganisationKind.InternationalOrganisation);
        var partnership = Partnership.Open($"Partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(Signature);
        partnership.RecordOriginalSignatory(commission);
        var initiative = Initiative.Propose(partnership, "Labour migration pilot", Pillar.LegalMigration, InitiativeStatus.Planned);
        var code = $"REF-{suffix}";
        initiative.Describe("Labour migration pilot", null, code);
        initiative.AssignLead(partnership, commission.Id);
        initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2010, 6, 1), new DateOnly(2011, 6, 1), null), []);
        var line = FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", commission.Id, 1000m, 800m);
        initiative.AddFundingLine(line);

        await using var db = await fixture.CreateContextAsync();
        db.Organisations.AddRange(commission, outsider);
        db.Partnerships.Add(partnership);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Scene(partnership.Id, initiative.Id, line.Id, commission.Id, outsider.Id, code);
    }

    /// <summary>Adds <paramref name="indicator"/> to the scene's initiative through the domain, and gives its id.</summary>
    public async Task<Guid> AddIndicatorAsync(DatabaseFixture fixture, Indicator indicator)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.Include(i => i.Indicators).SingleAsync(i => i.Id == InitiativeId, TestContext.Current.CancellationToken);
        initiative.AddIndicator(indicator);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return indicator.Id;
    }
}
