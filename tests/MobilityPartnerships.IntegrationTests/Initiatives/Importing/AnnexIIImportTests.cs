using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Importing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// The 16 EC-funded projects of Annex II of the 2007 communication, as a sheet built from the document with its
/// own headers and values ("€971.747,- / €777.397,-", "December 2001- January 2004", "… (2006/120-093)"), imported
/// into a thematic programme's portfolio on PostgreSQL: every stored value checked, the totals to the cent.
/// </summary>
public sealed class AnnexIIImportTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Once_every_question_is_answered_all_sixteen_projects_are_stored_as_the_document_gives_them()
    {
        var partnershipId = await AnnexIISheet.PortfolioAsync(fixture);
        var request = await AnnexIISheet.RequestAsync(fixture, partnershipId);
        request = request with { Decisions = await AnswersAsync(request) };

        var outcome = await Importing.ConfirmAsync(fixture.Services, request);

        Assert.Equal(new Imported(16, 0, 0), outcome);
        await using var db = await fixture.CreateContextAsync();
        var stored = await db.Initiatives.AsNoTracking().Include(i => i.FundingLines).Where(i => i.PartnershipId == partnershipId).ToListAsync(TestContext.Current.CancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName ?? o.Name, TestContext.Current.CancellationToken);
        Assert.Equal(16, stored.Count);
        Assert.Equal(31_583_336.22m, Amount.Total(stored.Select(i => i.TotalBudget)).Sum);
        Assert.Equal(22_825_628.21m, Amount.Total(stored.Select(i => i.EuContribution)).Sum);

        var mesure = stored.Single(i => i.ReferenceCode == "2006/120-093");
        Assert.Equal("MESURE - Migrations en Sécurité", mesure.Title);
        Assert.Equal("Tunisia - Italia", mesure.Location);
        Assert.Equal((new DateOnly(2006, 12, 1), new DateOnly(2009, 5, 1), 30), (mesure.Period.StartMonth, mesure.Period.EndMonth, mesure.Period.DurationMonths));
        var line = Assert.Single(mesure.FundingLines);
        Assert.Equal((FundingSourceKind.EuProgramme, "AENEAS 2005", 1_718_465.95m, 1_374_772.76m), (line.SourceKind, line.Programme, line.TotalBudget, line.EuContribution));
        Assert.Equal("EuropeAid", names[mesure.ResponsibleServiceId!.Value]);
        Assert.Equal(Pillar.LegalMigration, mesure.Pillar);
        Assert.Equal(InitiativeStatus.Completed, mesure.Status);

        var westernBalkans = stored.Single(i => i.ReferenceCode == "2003/HLWG/051");
        Assert.Equal((815_119.64m, 652_095.71m), (westernBalkans.TotalBudget.Value, westernBalkans.EuContribution.Value));
        Assert.Equal("IOM", names[Assert.Single(westernBalkans.Partners).OrganisationId]);
        Assert.Equal(PartnerRole.Implementing, westernBalkans.Partners[0].Role);
        Assert.Equal("DG JLS", names[westernBalkans.ResponsibleServiceId!.Value]);

        var southCaucasus = stored.Single(i => i.ReferenceCode == "2005/103475");
        Assert.Equal((971_747m, 777_397m), (southCaucasus.TotalBudget.Value, southCaucasus.EuContribution.Value));

        var entrepreneurs = stored.Single(i => i.ReferenceCode == "2001/HLWG/119");
        Assert.Equal((new DateOnly(2001, 12, 1), new DateOnly(2004, 1, 1)), (entrepreneurs.Period.StartMonth, entrepreneurs.Period.EndMonth));
        Assert.Equal((553_073m, 448_291m), (entrepreneurs.TotalBudget.Value, entrepreneurs.EuContribution.Value));
        Assert.Equal("Stichting Intent", names[Assert.Single(entrepreneurs.Partners).OrganisationId]);

        var ukraine = stored.Single(i => i.ReferenceCode == "2004/096-462");
        Assert.Equal((4_204_672m, 3_781_505m, "TACIS"), (ukraine.TotalBudget.Value, ukraine.EuContribution.Value, ukraine.FundingLines[0].Programme));

        var anapec = stored.Single(i => i.ReferenceCode == "MED/2003/5725");
        Assert.Equal((7_736_000m, 5_000_000m), (anapec.TotalBudget.Value, anapec.EuContribution.Value));
        Assert.Equal("Del Morocco", names[anapec.ResponsibleServiceId!.Value]);

        var asia = stored.Single(i => i.ReferenceCode == "2005/103503");
        Assert.Equal(["ILO", "UNIFEM"], asia.Partners.Select(p => names[p.OrganisationId]).Order());
        Assert.Equal(PartnerRole.Participating, asia.Partners.Single(p => names[p.OrganisationId] == "UNIFEM").Role);

        var mali = stored.Single(i => i.Title == "Migration information and management centre");
        Assert.Null(mali.ReferenceCode);
        Assert.Null(mali.Period.StartMonth);
        Assert.Empty(mali.Partners);
        var maliLine = Assert.Single(mali.FundingLines);
        Assert.Equal(("EDF", (decimal?)null, (decimal?)null), (maliLine.Programme, maliLine.TotalBudget, maliLine.EuContribution));
    }

    [Fact]
    public async Task Importing_the_same_sheet_again_changes_nothing_and_says_so()
    {
        var partnershipId = await AnnexIISheet.PortfolioAsync(fixture);
        var content = await File.ReadAllBytesAsync(Importing.FixturePath("annex-ii-ec-funded-projects.xlsx"), TestContext.Current.CancellationToken);
        var first = Importing.Request(fixture.Services, partnershipId, content, "annex-ii.xlsx", AnnexIISheet.Settings);
        first = first with { Decisions = await AnswersAsync(first) };
        Assert.IsType<Imported>(await Importing.ConfirmAsync(fixture.Services, first));

        var again = Importing.Request(fixture.Services, partnershipId, content, "annex-ii.xlsx", AnnexIISheet.Settings);
        var preview = await Importing.PreviewAsync(fixture.Services, again);

        Assert.Equal(16, preview.Rows.Count);
        again = again with { Decisions = await AnswersAsync(again) };
        preview = await Importing.PreviewAsync(fixture.Services, again);
        Assert.Equal((0, 0, 16), (preview.Added, preview.Updated, preview.Unchanged));
        Assert.False(preview.CanConfirm);
        Assert.Equal(16, await AnnexIISheet.CountAsync(fixture, partnershipId));
    }

    /// <summary>The answers a focal point gives: a close match where the document names a known organisation otherwise, a new organisation for the others.</summary>
    private async Task<ImportDecisions> AnswersAsync(ImportRequest request)
    {
        var preview = await Importing.PreviewAsync(fixture.Services, request);
        var decisions = request.Decisions;
        foreach (var question in preview.OrganisationQuestions)
        {
            var kind = question.Name.StartsWith("Del", StringComparison.OrdinalIgnoreCase) ? OrganisationKind.EuInstitution : OrganisationKind.Ngo;
            OrganisationChoice choice = question.Name switch
            {
                "Organisation for Migration (IOM)" or "IOM – International Organisation for Migration" => new OrganisationChoice.Existing(await AnnexIISheet.OrganisationIdAsync(fixture, "IOM")),
                "JLS" => new OrganisationChoice.Existing(await AnnexIISheet.OrganisationIdAsync(fixture, "DG JLS")),
                _ => new OrganisationChoice.Added(kind),
            };
            decisions = decisions.Choose(question.Name, choice);
        }

        foreach (var question in preview.NumberQuestions)
        {
            decisions = decisions.Choose(question.Cell, question.AsThousands);
        }

        return decisions;
    }
}
