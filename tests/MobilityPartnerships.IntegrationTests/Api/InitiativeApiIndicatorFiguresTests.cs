using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Api;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Indicators;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Api;

/// <summary>
/// The API's initiative carries each indicator's figures — baseline, target, reported values, the latest and whether it
/// is on track — as the indicator's page and the scoreboard ("2 of 3") have them; a figure not known is null, never 0;
/// and the values it carries are bounded, with their count.
/// </summary>
public sealed class InitiativeApiIndicatorFiguresTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_indicator_carries_the_figures_of_its_page_and_the_scoreboard()
    {
        var scene = await Scene.StoreAsync(fixture);
        var baseline = new DateOnly(2010, 6, 1);
        var target = new DateOnly(2011, 6, 30);
        var rising = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", 0m, baseline, 100m, target, null));
        var falling = await scene.AddIndicatorAsync(fixture, Indicator.Create("Irregular stays", null, "%", 40m, baseline, 10m, target, null));
        var behind = await scene.AddIndicatorAsync(fixture, Indicator.Create("Trainings held", null, null, 0m, baseline, 10m, target, null));
        var unreported = await scene.AddIndicatorAsync(fixture, Indicator.Create("Not yet reported", null, null, 0m, baseline, 10m, target, null));
        var unmeasured = await scene.AddIndicatorAsync(fixture, Indicator.Create("No baseline", null, null, null, null, null, null, null));
        var report = fixture.Get<ReportIndicatorValue>();
        await ReportAsync(report, scene, rising, "2010 H2", "60");
        await ReportAsync(report, scene, falling, "2010 H2", "20");
        await ReportAsync(report, scene, behind, "2010 Q3", "9");
        await ReportAsync(report, scene, behind, "2010 Q4", "5");
        await ReportAsync(report, scene, unmeasured, "2010 Q4", "0");

        var details = await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Token);
        var indicators = Assert.IsAssignableFrom<IReadOnlyList<IndicatorDto>>(InitiativeDto.From(details!, null).Fields["indicators"]).ToDictionary(i => i.Id);

        // As the indicator's page has them.
        foreach (var id in new[] { rising, falling, behind, unreported, unmeasured })
        {
            var page = (await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, id, Token))!;
            var api = indicators[id];
            Assert.Equal(page.IsOnTrack, api.OnTrack);
            Assert.Equal(page.Latest?.Value, api.LatestValue?.Value);
            Assert.Equal(page.Latest?.Period.ToString(), api.LatestValue?.Period);
            Assert.Equal(page.Values.Count, api.ValueCount);
            Assert.Equal(page.Values.Reverse().Select(v => (v.Period.ToString(), v.Value)), api.Values.Select(v => (v.Period, v.Value)));
            Assert.Equal(page.Baseline?.Value, api.Baseline?.Value);
            Assert.Equal(page.Target?.Date, api.Target?.Date);
        }

        // As the scoreboard counts them: 2 of 3.
        var row = Assert.Single((await fixture.Get<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token)).Rows);
        Assert.Equal(new IndicatorsOnTrackCount(2, 3), row.IndicatorsOnTrack);
        Assert.Equal((2, 3), (indicators.Values.Count(i => i.OnTrack == true), indicators.Values.Count(i => i.OnTrack is not null)));

        // What is not known is null, never 0.
        Assert.Equal((true, 5m), (indicators[behind].OnTrack == false, indicators[behind].LatestValue!.Value));
        Assert.Equal((0, (IndicatorValueDto?)null, (bool?)null), (indicators[unreported].ValueCount, indicators[unreported].LatestValue, indicators[unreported].OnTrack));
        Assert.Equal(((IndicatorPointDto?)null, (IndicatorPointDto?)null, (bool?)null, 0m), (indicators[unmeasured].Baseline, indicators[unmeasured].Target, indicators[unmeasured].OnTrack, indicators[unmeasured].LatestValue!.Value));
        Assert.Equal(new IndicatorPointDto(40m, baseline), indicators[falling].Baseline);
        Assert.Equal(new IndicatorPointDto(10m, target), indicators[falling].Target);
    }

    [Fact]
    public async Task The_values_carried_are_the_newest_bounded_with_their_count()
    {
        var scene = await Scene.StoreAsync(fixture);
        var indicator = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), null));
        const int reported = IndicatorView.NewestValuesShown + 5;
        for (var quarter = 0; quarter < reported; quarter++)
        {
            var start = new DateOnly(2000, 1, 1).AddMonths(3 * quarter);
            await fixture.Database.ExecuteAsync(
                "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, $6, 'Script', now())",
                Guid.CreateVersion7(), scene.InitiativeId, indicator, start, start.AddMonths(3).AddDays(-1), (decimal)quarter);
        }

        var details = await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Token);
        var dto = IndicatorDto.From(Assert.Single(details!.Indicators));

        Assert.Equal(reported, dto.ValueCount);
        Assert.Equal(Enumerable.Range(5, IndicatorView.NewestValuesShown).Reverse().Select(q => (decimal)q), dto.Values.Select(v => v.Value));
        Assert.Equal((decimal)(reported - 1), dto.LatestValue!.Value);
    }

    [Fact]
    public async Task Each_value_carries_who_reported_it_as_the_indicator_s_page_shows_it()
    {
        var scene = await Scene.StoreAsync(fixture);
        var indicator = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", null, null, null, null, null));
        await ReportAsync(fixture.Get<ReportIndicatorValue>(), scene, indicator, "2010 Q3", "9");
        await fixture.Database.ExecuteAsync(
            "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reporter_organisation_id, reported_at) VALUES ($1, $2, $3, $4, $5, 12, 'Data desk', $6, now())",
            Guid.CreateVersion7(), scene.InitiativeId, indicator, new DateOnly(2010, 10, 1), new DateOnly(2010, 12, 31), scene.CommissionId);
        await using var db = await fixture.CreateContextAsync();
        var commission = await db.Organisations.Where(o => o.Id == scene.CommissionId).Select(o => o.Name).SingleAsync(Token);

        var page = (await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, indicator, Token))!;
        var details = await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Token);
        var api = IndicatorDto.From(Assert.Single(details!.Indicators));

        // Whoever reported each value, by the name and organisation the indicator's page shows.
        Assert.Equal(page.Values.Reverse().Select(v => (v.ReporterName, v.ReporterOrganisation)), api.Values.Select(v => (v.ReporterName, v.ReporterOrganisation)));
        Assert.Equal(("Data desk", commission), (api.LatestValue!.ReporterName, api.LatestValue.ReporterOrganisation));
        Assert.All(api.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.ReporterName)));
    }

    [Fact]
    public async Task Baseline_target_and_values_come_as_given_without_the_trailing_zeros_of_the_database()
    {
        // The baseline came as 0.5000 and the target as 40.0000 beside a value of 12.5.
        var scene = await Scene.StoreAsync(fixture);
        var share = await scene.AddIndicatorAsync(fixture, Indicator.Create("Share employed", null, "%", 0.5m, new DateOnly(2010, 6, 1), 40m, new DateOnly(2011, 6, 30), null));
        await ReportAsync(fixture.Get<ReportIndicatorValue>(), scene, share, "2010 Q3", "12.5");

        var details = await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Token);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiSetup.ReadAndWrite(options);
        var json = JsonSerializer.Serialize(IndicatorDto.From(Assert.Single(details!.Indicators)), options);

        using var written = JsonDocument.Parse(json);
        Assert.Equal("0.5", written.RootElement.GetProperty("baseline").GetProperty("value").GetRawText());
        Assert.Equal("40", written.RootElement.GetProperty("target").GetProperty("value").GetRawText());
        Assert.Equal("12.5", written.RootElement.GetProperty("latestValue").GetProperty("value").GetRawText());
        Assert.Equal("12.5", written.RootElement.GetProperty("values")[0].GetProperty("value").GetRawText());
    }

    private static async Task ReportAsync(ReportIndicatorValue report, Scene scene, Guid indicatorId, string period, string value) =>
        Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = period, Value = value }, Token));
}
