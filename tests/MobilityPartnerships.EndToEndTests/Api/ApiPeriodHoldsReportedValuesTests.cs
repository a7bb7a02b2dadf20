using System.Net;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// An update through the API that shortens an initiative's implementation period over values reported for its indicators
/// was answered 200 and left them outside the period; it is refused at <c>endMonth</c>, naming them, and nothing changes.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiPeriodHoldsReportedValuesTests(AppFixture app)
{
    [Fact]
    public async Task An_update_that_shortens_the_period_over_reported_values_gets_400_at_its_end_naming_them_and_changes_nothing()
    {
        var scene = await ApiScene.StoreAsync(app);
        var indicator = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.Shared);
        // 2016 Q1, 2016 H2, 2017 Q3 and 2017 Q4, within the period of 2016 to 2018.
        foreach (var (start, months) in new[] { (new DateOnly(2016, 1, 1), 3), (new DateOnly(2016, 7, 1), 6), (new DateOnly(2017, 7, 1), 3), (new DateOnly(2017, 10, 1), 3) })
        {
            await app.Database.ExecuteAsync(
                "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, 10, 'Script', now())",
                Guid.CreateVersion7(), scene.Shared, indicator, start, start.AddMonths(months).AddDays(-1));
        }

        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, tag) = await client.DraftAsync(scene.Shared);
        draft["startMonth"] = "2017-01-01";
        draft["endMonth"] = "2017-03-01";
        draft["durationMonths"] = null;

        using var response = await client.PutAsync(scene.Shared, draft, tag);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            ["4 values reported for the initiative's indicators lie outside this implementation period: Workers placed (2016 Q1, 2016 H2, 2017 Q3, 2017 Q4). They would still count, yet could no longer be corrected. Keep a period that includes them, or first remove those values on their indicator's page."],
            problem.ErrorsAt("endMonth"));
        Assert.Equal(
            ["2016-01-01 2018-12-01"],
            await app.Database.RowsAsync("SELECT period_start_month || ' ' || period_end_month FROM initiatives WHERE id = $1", scene.Shared));
    }
}
