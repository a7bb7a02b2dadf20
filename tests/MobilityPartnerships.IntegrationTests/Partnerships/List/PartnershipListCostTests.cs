using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.IntegrationTests.Figures;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Partnerships.List;

/// <summary>
/// The partnership list sums every partnership's initiatives in the database. It reads each initiative once, not once
/// per partnership and figure: with the demo partnerships beside one of 10,000 initiatives, the old statement read
/// 50,348 rows of the 10,060 initiatives here; with 53 partnerships, where PostgreSQL scanned the table for each
/// partnership and figure, it took 0.6 s a page.
/// </summary>
public sealed class PartnershipListCostTests(FiguresFixture fixture) : IClassFixture<FiguresFixture>
{
    [Fact]
    public async Task The_list_reads_each_initiative_a_bounded_number_of_times_however_many_partnerships_it_shows()
    {
        var recorder = new StatementRecorder();
        await using var services = AppServices.Build(
            fixture.Database.ConnectionString,
            replace: s => s.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(recorder)));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(fixture.Administrator);

        var list = await scope.ServiceProvider.GetRequiredService<ListPartnerships>().ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(list.Count >= 5, "the demo partnerships and the generated one");
        var statement = Assert.Single(recorder.Statements, s => s.CommandText.Contains("signed_on_precision", StringComparison.Ordinal) && s.CommandText.Contains("initiative_funding_sums", StringComparison.Ordinal));
        var initiatives = (long)(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives"))!;
        var read = await StatementRecorder.RowsReadAsync(fixture.Database.ConnectionString, statement, "initiatives", TestContext.Current.CancellationToken);
        Assert.True(read <= 2 * initiatives, $"The list's statement read {read:N0} rows of the {initiatives:N0} initiatives.");
    }
}
