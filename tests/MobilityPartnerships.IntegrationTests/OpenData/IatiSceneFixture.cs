using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>
/// A mobility partnership with a partner country (code MD) whose initiatives cover what the IATI export decides on:
/// every status, both kinds of funding, known and unknown totals, periods within one year and across years, every
/// organisation role, a code with characters IATI forbids, two codes that give the same identifier and a summary with
/// a character XML cannot hold; and what it must leave out: an initiative not to be shared, an archived one, one
/// without a start month and one without any organisation.
/// </summary>
public sealed class IatiSceneFixture : DatabaseFixture
{
    public const string PartnershipName = "Mobility Partnership with the Republic of Testland";
    public const string CountryName = "Republic of Testland";
    public const string CommissionName = "European Commission (test)";
    public const string ServiceName = "Directorate-General for Migration (test)";
    public const string IomName = "International Organization for Migration (test)";
    public const string LocalNgoName = "Testland Migrant Support (test)";
    public const string InternationalNgoName = "Return Counselling International (test)";
    public const string AgencyName = "Testland Employment Agency (test)";
    public const string Sweden = "Sweden";

    public Guid PartnershipId { get; private set; }

    public Guid OngoingId { get; private set; }

    public Guid CompletedId { get; private set; }

    public Guid ProposedId { get; private set; }

    public Guid CancelledId { get; private set; }

    public Guid UnknownTotalId { get; private set; }

    public Guid SingleYearPlanId { get; private set; }

    public Guid UnsharedId { get; private set; }

    public Guid ArchivedId { get; private set; }

    public Guid UndatedId { get; private set; }

    public Guid NobodyId { get; private set; }

    public Guid FirstDuplicateId { get; private set; }

    public Guid SecondDuplicateId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await CreateContextAsync();
        var sweden = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.MemberState && o.CountryCode == "SE");
        var areas = await db.ThematicAreas.AsNoTracking().Where(a => a.Name == "Labour migration schemes" || a.Name == "Labour market development").ToListAsync();

        var country = Organisation.Create(CountryName, "Testland", OrganisationKind.ThirdCountry, "MD");
        var commission = Organisation.Create(CommissionName, null, OrganisationKind.EuInstitution);
        var service = Organisation.Create(ServiceName, null, OrganisationKind.EuInstitution, parentId: commission.Id);
        var iom = Organisation.Create(IomName, null, OrganisationKind.InternationalOrganisation);
        var localNgo = Organisation.Create(LocalNgoName, null, OrganisationKind.Ngo, "MD");
        var internationalNgo = Organisation.Create(InternationalNgoName, null, OrganisationKind.Ngo);
        var agency = Organisation.Create(AgencyName, null, OrganisationKind.NationalAgency, "MD");

        var partnership = Partnership.Open(PartnershipName, PartnershipKind.MobilityPartnership, country, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2008, 6, 5));
        partnership.RecordOriginalSignatory(commission);
        partnership.RecordOriginalSignatory(sweden);
        partnership.AddParticipant(agency, null);

        Initiative New(string title, Pillar pillar, InitiativeStatus status, Guid? lead, DateOnly? start, DateOnly? end, string? code = null)
        {
            var initiative = Initiative.Propose(partnership, title, pillar, status);
            initiative.Describe(title, null, code);
            initiative.AssignLead(partnership, lead);
            initiative.Schedule(ImplementationPeriod.Create(start, end, null), []);
            return initiative;
        }

        var ongoing = New("Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing, sweden.Id, new(2010, 6, 1), new(2011, 6, 1), "DCI-MIGR/2010/123");
        ongoing.Describe("Circular migration pilot", "Seasonal work in Sweden with training at home.", "DCI-MIGR/2010/123");
        ongoing.Classify(Pillar.LegalMigration, areas);
        ongoing.AssignResponsibleService(service.Id);
        ongoing.AddPartner(iom.Id, PartnerRole.Implementing);
        ongoing.AddPartner(localNgo.Id, PartnerRole.Participating);
        ongoing.Situate("Chișinău", Novelty.New, isShareable: true);
        ongoing.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", commission.Id, 1000.00m, 800.00m));
        ongoing.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, sweden.Id, 500.00m, null));

        var completed = New("Return counselling", Pillar.MigrationAndDevelopment, InitiativeStatus.Completed, agency.Id, new(2012, 3, 1), new(2012, 9, 1));
        completed.AddPartner(internationalNgo.Id, PartnerRole.Implementing);
        completed.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, agency.Id, 250.00m, null));

        var proposed = New("Border guard training", Pillar.IllegalMigration, InitiativeStatus.Proposed, sweden.Id, new(2013, 1, 1), null);

        var cancelled = New("Asylum reception capacity", Pillar.InternationalProtectionAndAsylum, InitiativeStatus.Cancelled, sweden.Id, new(2014, 1, 1), new(2014, 12, 1));
        cancelled.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic programme", commission.Id, 300.00m, 300.00m));

        var unknownTotal = New("Diaspora mapping", Pillar.MigrationAndDevelopment, InitiativeStatus.Planned, commission.Id, new(2015, 1, 1), new(2016, 12, 1));
        unknownTotal.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", commission.Id, 100.00m, 100.00m));
        unknownTotal.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, sweden.Id, null, null));

        var singleYearPlan = New("Labour attaché", Pillar.LegalMigration, InitiativeStatus.Planned, sweden.Id, new(2017, 2, 1), new(2017, 11, 1));
        singleYearPlan.Describe("Labour attaché", "Pasted from a spreadsheet: one cell, two lines.", null);
        singleYearPlan.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, sweden.Id, 1234.56m, null));

        var unshared = New("Confidential readmission talks", Pillar.IllegalMigration, InitiativeStatus.Ongoing, sweden.Id, new(2010, 1, 1), new(2010, 12, 1), "SECRET-1");
        unshared.Situate(null, Novelty.NotStated, isShareable: false);
        unshared.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, sweden.Id, 999.00m, null));

        var archived = New("Withdrawn information campaign", Pillar.LegalMigration, InitiativeStatus.Ongoing, sweden.Id, new(2010, 1, 1), new(2010, 12, 1), "OLD-1");
        archived.Archive();

        var undated = New("Visa facilitation seminar", Pillar.LegalMigration, InitiativeStatus.Ongoing, sweden.Id, null, null);
        var nobody = New("Unassigned idea", Pillar.LegalMigration, InitiativeStatus.Proposed, null, new(2018, 1, 1), null);
        var firstDuplicate = New("Duplicate code one", Pillar.LegalMigration, InitiativeStatus.Planned, sweden.Id, new(2019, 1, 1), null, "X/1");
        var secondDuplicate = New("Duplicate code two", Pillar.LegalMigration, InitiativeStatus.Planned, sweden.Id, new(2019, 1, 1), null, "X 1");

        db.Organisations.AddRange(country, commission, service, iom, localNgo, internationalNgo, agency);
        db.Partnerships.Add(partnership);
        db.Initiatives.AddRange(ongoing, completed, proposed, cancelled, unknownTotal, singleYearPlan, unshared, archived, undated, nobody, firstDuplicate, secondDuplicate);
        await db.SaveChangesAsync();

        // A vertical tab pasted from a spreadsheet, stored before texts refused control characters: the IATI file
        // (whose XML cannot hold it) still has to be valid.
        await Database.ExecuteAsync("UPDATE initiatives SET summary = $1 WHERE id = $2", "Pasted from a spreadsheet:\vone cell, two lines.", singleYearPlan.Id);

        PartnershipId = partnership.Id;
        (OngoingId, CompletedId, ProposedId, CancelledId, UnknownTotalId, SingleYearPlanId) = (ongoing.Id, completed.Id, proposed.Id, cancelled.Id, unknownTotal.Id, singleYearPlan.Id);
        (UnsharedId, ArchivedId, UndatedId, NobodyId, FirstDuplicateId, SecondDuplicateId) = (unshared.Id, archived.Id, undated.Id, nobody.Id, firstDuplicate.Id, secondDuplicate.Id);
    }
}
