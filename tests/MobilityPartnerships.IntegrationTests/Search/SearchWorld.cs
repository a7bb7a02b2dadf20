using System.Security.Claims;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// Two partnerships to search: Moldova's (accented, coded, located and partnered initiatives, an unshared one
/// with a contact point, one with markup in its title, and a crowd of unshared ones that would fill the first
/// page) and Georgia's; a focal point who reads both, a task-force member given Georgia only and an official of Moldova.
/// </summary>
public sealed class SearchWorld : DatabaseFixture
{
    public const string ScriptTitle = "<script>alert(1)</script> Visa facilitation";
    public const int UnsharedCrowd = 30;

    public Guid Moldova { get; private set; }

    public Guid Georgia { get; private set; }

    public Guid Accented { get; private set; }

    public Guid TitleMatch { get; private set; }

    public Guid SummaryMatch { get; private set; }

    public Guid Partnered { get; private set; }

    public Guid Unshared { get; private set; }

    public Guid Scripted { get; private set; }

    public Guid SharedReadmission { get; private set; }

    public Guid GeorgianMigration { get; private set; }

    public Guid PartnerOrganisation { get; private set; }

    public ClaimsPrincipal FocalPoint { get; private set; } = new();

    public ClaimsPrincipal GeorgiaTaskForce { get; private set; } = new();

    public ClaimsPrincipal MoldovaOfficial { get; private set; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var commission = Organisation.Create("European Commission (search)", "COM-S", OrganisationKind.EuInstitution);
        var moldova = Organisation.Create("Republic of Moldova (search)", null, OrganisationKind.ThirdCountry, "XM");
        var georgia = Organisation.Create("Georgia (search)", null, OrganisationKind.ThirdCountry, "XG");
        var agency = Organisation.Create("Bundesagentur für Arbeit", "BA", OrganisationKind.NationalAgency, "DE");

        var md = Partnership.Open("Mobility Partnership with Moldova (search)", PartnershipKind.BilateralMigrationPartnership, moldova, PartnershipStatus.Negotiation);
        md.RecordSignature(new DateOnly(2008, 6, 5));
        md.RecordOriginalSignatory(commission);
        md.RecordOriginalSignatory(moldova);
        md.RecordOriginalSignatory(agency);
        var ge = Partnership.Open("Mobility Partnership with Georgia (search)", PartnershipKind.BilateralMigrationPartnership, georgia, PartnershipStatus.Negotiation);
        ge.RecordSignature(new DateOnly(2009, 11, 30));
        ge.RecordOriginalSignatory(commission);
        ge.RecordOriginalSignatory(georgia);

        var accented = New(md, "Sécurité des frontières", "Formation des garde-frontières.", "MD-SEC-001", "Chișinău");
        var titleMatch = New(md, "Document security cooperation", "Exchanges between passport offices.", "MD-DOC-002", null);
        var summaryMatch = New(md, "Circular mobility scheme", "Seasonal workers; the scheme also improves document security checks.", "MD-CIR-003", null);
        var labour = New(md, "Labour migration pilot", null, "MD-LAB-004", null);
        var partnered = New(md, "Skills matching for nurses", null, "MD-SKL-005", null);
        partnered.AddPartner(agency.Id, PartnerRole.Implementing);
        var unshared = New(md, "Confidential readmission talks", null, "MD-CNF-006", null);
        unshared.Situate(null, Novelty.New, isShareable: false);
        unshared.AddContactPoint(ContactPoint.Create("Ileana Rusu", commission.Id, "Desk officer", "ileana.rusu@example.org", "+32 2 000 00 00"));
        var shared = New(md, "Readmission agreement follow-up", null, "MD-RDM-007", null);
        shared.AddContactPoint(ContactPoint.Create("Petru Ciobanu", moldova.Id, "Readmission unit", "petru.ciobanu@example.org", null));
        var scripted = New(md, ScriptTitle, "Markup is only text.", "MD-XSS-008", null);
        var crowd = Enumerable.Range(1, UnsharedCrowd).Select(n =>
        {
            var initiative = New(md, $"Readmission readmission case {n}", "Readmission of own nationals, readmission procedures.", $"MD-CRW-{n:000}", null);
            initiative.Situate(null, Novelty.New, isShareable: false);
            return initiative;
        }).ToList();
        var georgian = New(ge, "Georgian migration strategy", "Support to the State Commission on Migration Issues.", "GE-MIG-001", "Tbilisi");
        georgian.AddContactPoint(ContactPoint.Create("Nino Beridze", georgia.Id, "Migration analyst", null, null));

        await using (var db = await CreateContextAsync())
        {
            db.Organisations.AddRange(commission, moldova, georgia, agency);
            db.Partnerships.AddRange(md, ge);
            db.Initiatives.AddRange(accented, titleMatch, summaryMatch, labour, partnered, unshared, shared, scripted, georgian);
            db.Initiatives.AddRange(crowd);
            await db.SaveChangesAsync();
        }

        (Moldova, Georgia, Accented, TitleMatch, SummaryMatch, Partnered, Unshared, Scripted, SharedReadmission, GeorgianMigration, PartnerOrganisation) =
            (md.Id, ge.Id, accented.Id, titleMatch.Id, summaryMatch.Id, partnered.Id, unshared.Id, scripted.Id, shared.Id, georgian.Id, agency.Id);
        FocalPoint = await TestAccounts.CreateAsync(this, "Focal point", Role.FocalPoint, commission.Id, md.Id, ge.Id);
        GeorgiaTaskForce = await TestAccounts.CreateAsync(this, "Task-force member for Georgia", Role.TaskForceMember, null, ge.Id);
        MoldovaOfficial = await TestAccounts.CreateAsync(this, "Official of Moldova", Role.PartnerCountryOfficial, moldova.Id);
    }

    private static Initiative New(Partnership partnership, string title, string? summary, string code, string? location)
    {
        var initiative = Initiative.Propose(partnership, title, Pillar.LegalMigration, InitiativeStatus.Planned);
        initiative.Describe(title, summary, code);
        initiative.Situate(location, Novelty.New, isShareable: true);
        return initiative;
    }
}
