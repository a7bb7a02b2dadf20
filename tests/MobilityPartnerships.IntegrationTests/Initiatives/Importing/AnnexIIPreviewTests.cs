using MobilityPartnerships.Web.Features.Initiatives.Importing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// The Annex II sheet previewed on a database of its own (no organisation recorded by another test's import):
/// every row read, a question for every name without an exact match, nothing written.
/// </summary>
public sealed class AnnexIIPreviewTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task The_preview_reads_every_row_and_asks_about_every_name_it_cannot_match_exactly()
    {
        var partnershipId = await AnnexIISheet.PortfolioAsync(fixture);
        var request = await AnnexIISheet.RequestAsync(fixture, partnershipId);

        var preview = await Importing.PreviewAsync(fixture.Services, request);

        Assert.Equal(16, preview.Rows.Count);
        Assert.Equal(Enumerable.Range(2, 16), preview.Rows.Select(r => r.Row));
        Assert.Empty(preview.SheetProblems);
        Assert.False(preview.CanConfirm);
        var iom = await AnnexIISheet.OrganisationIdAsync(fixture, "IOM");
        var spelledOtherwise = preview.OrganisationQuestions.Single(q => q.Name == "Organisation for Migration (IOM)");
        Assert.Equal(iom, spelledOtherwise.Candidates[0].Id);
        Assert.Equal([2], spelledOtherwise.Rows);
        Assert.Contains(preview.OrganisationQuestions, q => q.Name == "Direzione Generale dell'Immigrazione - Ministero del Lavoro e delle Politiche Sociali – Repubblica Italiana");

        // The demo data holds the Annex II projects' organisations under the communication's names, so those are matched.
        Assert.DoesNotContain(preview.OrganisationQuestions, q => q.Name is "EuropeAid" or "ILO" or "IOM - International Organization for Migration" or "Del Morocco" or "Municipality of Cartaya");
        Assert.All(preview.Rows.Where(r => r.Waiting), r => Assert.Equal(RowOutcome.Refused, r.Outcome));
        Assert.Equal(0, await AnnexIISheet.CountAsync(fixture, partnershipId));
    }
}
