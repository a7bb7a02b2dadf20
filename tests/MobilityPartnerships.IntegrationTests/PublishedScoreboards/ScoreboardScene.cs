using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards;

/// <summary>
/// A partnership of its own with a lead organisation, a partner to add later and initiatives named by the change a
/// test makes to them ("partner", "funding", "area", "period", "shareable", "archived", "renamed", "untouched"),
/// each with a period and one funding line (total € 1,000.00, EU € 800.00), stored through the domain.
/// </summary>
internal sealed record ScoreboardScene(Guid PartnershipId, Guid LeadId, Guid OtherOrganisationId, IReadOnlyDictionary<string, Guid> Initiatives)
{
    public static readonly string[] Names = ["partner", "funding", "area", "period", "shareable", "archived", "renamed", "untouched"];

    public Guid this[string name] => Initiatives[name];

    public static async Task<ScoreboardScene> StoreAsync(DatabaseFixture fixture)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lead = Organisation.Create($"Lead agency {suffix}", $"LEAD-{suffix}", OrganisationKind.EuInstitution);
        var other = Organisation.Create($"Other agency {suffix}", null, OrganisationKind.InternationalOrganisation);
        var partnership = Partnership.Open($"Partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2010, 1, 15));
        partnership.RecordOriginalSignatory(lead);
        var initiatives = new Dictionary<string, Initiative>();
        foreach (var name in Names)
        {
            var initiative = Initiative.Propose(partnership, $"Initiative {name}", Pillar.LegalMigration, InitiativeStatus.Planned);
            initiative.Describe($"Initiative {name}", null, $"{name.ToUpperInvariant()}-{suffix}");
            initiative.AssignLead(partnership, lead.Id);
            initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 1), null), []);
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", lead.Id, 1000m, 800m));
            initiatives[name] = initiative;
        }

        await using var db = await fixture.CreateContextAsync();
        db.Organisations.AddRange(lead, other);
        db.Partnerships.Add(partnership);
        db.Initiatives.AddRange(initiatives.Values);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new ScoreboardScene(partnership.Id, lead.Id, other.Id, initiatives.ToDictionary(i => i.Key, i => i.Value.Id));
    }
}
