using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>
/// A Moldova partnership with <see cref="MoldovaShared"/> shared initiatives across the four pillars (MD-001 …), one
/// not to be shared and one archived, and a Georgia partnership with three. Moldova's rows cover what a sheet must
/// get right: titles that look like formulas or hold commas, quotes and line breaks; one, two or no funding lines;
/// unknown amounts next to known ones; partners, services and thematic areas by name.
/// </summary>
public sealed class ExportFixture : DatabaseFixture
{
    public const int MoldovaShared = 30;
    public const string UnsharedTitle = "Unshared labour pilot";
    public const string ArchivedTitle = "Archived pilot";
    public const string FormulaTitle = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string PlusTitle = "+1 for circular migration";
    public const string MinusTitle = "-x readmission";
    public const string AtTitle = "@x border management";
    public const string TrickyTitle = "Visas, \"fast\" lane\nsecond line";

    public Guid MoldovaId { get; private set; }

    public Guid GeorgiaId { get; private set; }

    public Guid MoldovaCountryId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await CreateContextAsync();
        var ct = CancellationToken.None;
        var germany = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.MemberState && o.CountryCode == "DE", ct);
        var france = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.MemberState && o.CountryCode == "FR", ct);
        var moldovaCountry = Organisation.Create("Republic of Moldova", "Moldova", OrganisationKind.ThirdCountry, "MD");
        var georgiaCountry = Organisation.Create("Georgia", null, OrganisationKind.ThirdCountry, "GE");
        var commission = Organisation.Create("European Commission", "Commission", OrganisationKind.EuInstitution);
        var home = Organisation.Create("Directorate-General for Migration and Home Affairs", "DG HOME", OrganisationKind.EuInstitution, parentId: commission.Id);
        var iom = Organisation.Create("International Organization for Migration", "IOM", OrganisationKind.InternationalOrganisation);
        db.Organisations.AddRange(moldovaCountry, georgiaCountry, commission, home, iom);
        var areas = await db.ThematicAreas.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);

        var moldova = Partnership.Open("Mobility Partnership with the Republic of Moldova", PartnershipKind.MobilityPartnership, moldovaCountry, PartnershipStatus.Negotiation);
        moldova.RecordSignature(new DateOnly(2008, 6, 5));
        foreach (var signatory in new[] { commission, germany, france, moldovaCountry })
        {
            moldova.RecordOriginalSignatory(signatory);
        }

        var georgia = Partnership.Open("Mobility Partnership with Georgia", PartnershipKind.MobilityPartnership, georgiaCountry, PartnershipStatus.Negotiation);
        georgia.RecordSignature(new DateOnly(2009, 11, 30));
        georgia.RecordOriginalSignatory(commission);
        georgia.RecordOriginalSignatory(germany);
        db.Partnerships.AddRange(moldova, georgia);

        var pillars = Enum.GetValues<Pillar>();
        var statuses = Enum.GetValues<InitiativeStatus>();
        Organisation?[] leads = [commission, germany, france, null];
        for (var n = 1; n <= MoldovaShared; n++)
        {
            var pillar = pillars[n % pillars.Length];
            var title = n switch
            {
                1 => FormulaTitle,
                2 => PlusTitle,
                3 => MinusTitle,
                4 => AtTitle,
                5 => TrickyTitle.Replace('\n', ' '),
                _ => $"Initiative {n:00} in Chișinău",
            };
            var initiative = Initiative.Propose(moldova, title, pillar, statuses[n % statuses.Length]);
            var summary = n % 7 == 0 ? string.Concat(Enumerable.Repeat("A long summary that wraps in its cell. ", 8)).Trim() : null;
            initiative.Describe(title, summary, $"MD-{n:000}");
            initiative.Classify(pillar, areas.Where(a => a.Pillar == pillar).Take(n % 3));
            initiative.AssignLead(moldova, leads[n % leads.Length]?.Id);
            initiative.AssignResponsibleService(n % 2 == 0 ? home.Id : null);
            initiative.Schedule(n % 6 == 0
                ? ImplementationPeriod.Create(null, null, null, "end of 2010")
                : ImplementationPeriod.Create(new DateOnly(2010, 1 + (n % 12), 1), null, 6 + n), []);
            initiative.Situate(n % 3 == 0 ? "Chișinău" : null, n % 2 == 0 ? Novelty.New : Novelty.AlreadyPlanned, isShareable: true);
            if (n % 4 == 0)
            {
                initiative.AddPartner(france.Id, PartnerRole.Participating);
                initiative.AddPartner(germany.Id, PartnerRole.Participating);
                initiative.AddPartner(iom.Id, PartnerRole.Implementing);
            }

            AddFunding(initiative, n, commission, germany);
            db.Initiatives.Add(initiative);
        }

        var unshared = Initiative.Propose(moldova, UnsharedTitle, Pillar.LegalMigration, InitiativeStatus.Planned);
        unshared.Describe(UnsharedTitle, null, "MD-900");
        unshared.Situate(null, Novelty.New, isShareable: false);
        unshared.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, germany.Id, 7_000m, null));
        var archived = Initiative.Propose(moldova, ArchivedTitle, Pillar.IllegalMigration, InitiativeStatus.Completed);
        archived.Describe(ArchivedTitle, null, "MD-901");
        archived.Archive();
        db.Initiatives.AddRange(unshared, archived);

        for (var n = 1; n <= 3; n++)
        {
            var initiative = Initiative.Propose(georgia, $"Georgian initiative {n}", pillars[n], InitiativeStatus.Ongoing);
            initiative.Describe(initiative.Title, null, $"GE-{n:000}");
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic Programme", commission.Id, 100_000m * n, 90_000m * n));
            db.Initiatives.Add(initiative);
        }

        await db.SaveChangesAsync(ct);

        // A title of two lines, stored before a title had to be on one line: the exports still write what is stored.
        await Database.ExecuteAsync("UPDATE initiatives SET title = $1 WHERE title = $2", TrickyTitle, TrickyTitle.Replace('\n', ' '));
        (MoldovaId, GeorgiaId, MoldovaCountryId) = (moldova.Id, georgia.Id, moldovaCountry.Id);
    }

    /// <summary>Every fifth has no line; of the others, some two lines, some one with unknown amounts, some one with cents.</summary>
    private static void AddFunding(Initiative initiative, int n, Organisation commission, Organisation germany)
    {
        switch (n % 5)
        {
            case 0:
                break;
            case 1:
                initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", commission.Id, 1_000.10m * n, 800.05m * n));
                initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, germany.Id, 50.50m, null));
                break;
            case 2:
                initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "MEDA", null, null, null));
                break;
            default:
                initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic Programme", commission.Id, 12_345.67m + n, 9_876.54m));
                break;
        }
    }
}
