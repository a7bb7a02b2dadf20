using MobilityPartnerships.IntegrationTests.Figures;
using MobilityPartnerships.Web.Features.Partnerships.List;

namespace MobilityPartnerships.IntegrationTests.Partnerships.List;

/// <summary>
/// The partnership list sums every partnership's kept figures in the database and reads no initiative: with the demo
/// partnerships beside one of 10,000 initiatives, a statement that counted and summed initiatives under each partnership
/// read 50,348 rows of the 10,060 initiatives here (0.6 s a page with 53 partnerships); one that summed each visible
/// initiative once still read all 10,060 for every view of the list.
/// </summary>
public sealed class PartnershipListCostTests(FiguresFixture fixture) : IClassFixture<FiguresFixture>
{
    [Fact]
    public async Task The_list_reads_no_initiative_however_many_partnerships_and_initiatives_it_shows()
    {
        var recorder = new StatementRecorder();
        await using var scope = recorder.Serve(fixture.Database.ConnectionString, fixture.Administrator);

        var list = await scope.Get<ListPartnerships>().ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(list.Count >= 5, "the demo partnerships and the generated one");
        var statement = Assert.Single(recorder.Statements, s => s.CommandText.Contains("signed_on_precision", StringComparison.Ordinal) && s.CommandText.Contains("partnership_figures", StringComparison.Ordinal));
        Assert.Equal(0L, await StatementRecorder.RowsReadAsync(fixture.Database.ConnectionString, statement, "initiatives", TestContext.Current.CancellationToken));
        Assert.Contains(list, p => p.Id == fixture.GeneratedId && p.InitiativeCount == FiguresFixture.GeneratedCount - (FiguresFixture.GeneratedCount / 50));
    }
}
