using Bunit;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Indicators;

/// <summary>
/// The indicator's page over the database: an implementation period not known is said once ("To be determined to To be
/// determined" before), a value reported before the baseline's date has no value on the line (it showed the
/// baseline's 0), while one after it has the line's value, and a value is removed once confirmed.
/// </summary>
public sealed class IndicatorPageTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_period_is_said_once_and_a_value_before_the_baseline_has_no_value_on_the_line()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var indicator = Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2011, 1, 1), 100m, new DateOnly(2011, 12, 31), "Agency records");
        await using (var db = await Fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.Indicators).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.Schedule(ImplementationPeriod.ToBeDetermined, []);
            initiative.AddIndicator(indicator);
            await db.SaveChangesAsync(Token);
        }

        var report = Fixture.Get<ReportIndicatorValue>();
        foreach (var (period, value) in new[] { ("2010 Q3", "5"), ("2011 H1", "60") })
        {
            Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicator.Id, new IndicatorValueDraft { Period = period, Value = value }, Token));
        }

        var page = Render<IndicatorPage>(p => p.Add(c => c.InitiativeId, scene.InitiativeId).Add(c => c.IndicatorId, indicator.Id));

        page.WaitForElement("[data-testid=indicator-values]", Patience);
        Assert.Contains("Implementation period: To be determined", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("To be determined to", page.Markup, StringComparison.Ordinal);
        var rows = page.FindAll("[data-testid=indicator-value]").Select(r => r.Children.Take(3).Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([["2011 H1", "60", "49"], ["2010 Q3", "5", "—"]], rows);
    }

    [Fact]
    public async Task Figures_of_a_count_are_whole_on_the_line_and_the_chart_and_a_measure_s_line_has_the_precision_of_its_figures()
    {
        // A "persons" indicator showed 307.1066 on the line from baseline to target, and ticks of 0.5 persons on its chart;
        // a "%" indicator given in whole numbers still showed 307.1066 % on the line.
        var scene = await Scene.StoreAsync(Fixture);
        var persons = Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 1000m, new DateOnly(2011, 6, 30), null);
        var share = Indicator.Create("Share employed", null, "%", 0m, new DateOnly(2010, 6, 1), 1000m, new DateOnly(2011, 6, 30), null);
        var few = Indicator.Create("Trainers trained", null, "persons", 0m, new DateOnly(2010, 6, 1), 2m, new DateOnly(2011, 6, 30), null);
        await using (var db = await Fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.Include(i => i.Indicators).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.Schedule(ImplementationPeriod.ToBeDetermined, []);
            initiative.AddIndicator(persons);
            initiative.AddIndicator(share);
            initiative.AddIndicator(few);
            await db.SaveChangesAsync(Token);
        }

        var report = Fixture.Get<ReportIndicatorValue>();
        foreach (var (indicator, value) in new[] { (persons, "300"), (share, "300"), (few, "1") })
        {
            Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicator.Id, new IndicatorValueDraft { Period = "2010 Q3", Value = value }, Token));
        }

        // On 30 September 2010 the line is at 1000 × 121 / 394 = 307.1066: 307 persons, and 307 % where 0, 1000 and 300 are whole.
        Assert.Equal(["2010 Q3", "300", "307"], LineRow(scene.InitiativeId, persons.Id));
        Assert.Equal(["2010 Q3", "300", "307"], LineRow(scene.InitiativeId, share.Id));

        var chart = Render<IndicatorPage>(p => p.Add(c => c.InitiativeId, scene.InitiativeId).Add(c => c.IndicatorId, few.Id));
        chart.WaitForElement("[data-testid=indicator-chart]", Patience);
        Assert.Equal(["0", "1", "2"], chart.FindAll(".y-tick").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task A_value_is_removed_from_the_page_once_the_user_has_seen_it_and_confirmed()
    {
        var scene = await Scene.StoreAsync(Fixture);
        var indicatorId = await scene.AddIndicatorAsync(Fixture, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), null));
        var report = Fixture.Get<ReportIndicatorValue>();
        foreach (var (period, value) in new[] { ("2010 Q3", "5"), ("2011 Q1", "60") })
        {
            Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = period, Value = value }, Token));
        }

        var dialogs = Render<MudBlazor.MudDialogProvider>();
        var page = Render<IndicatorPage>(p => p.Add(c => c.InitiativeId, scene.InitiativeId).Add(c => c.IndicatorId, indicatorId));
        page.WaitForElement("[data-testid=indicator-values]", Patience);

        // The latest first: 2011 Q1. Cancelled, it stays.
        await page.InvokeAsync(() => page.FindAll("button[data-testid=indicator-remove]")[0].Click());
        dialogs.WaitForAssertion(() => Assert.Contains("2011 Q1 has the value 60, reported by", dialogs.Markup, StringComparison.Ordinal), Patience);
        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click());
        Assert.Equal(2L, await Fixture.Database.ScalarAsync<long>("SELECT count(*) FROM indicator_values WHERE indicator_id = $1", indicatorId));

        await page.InvokeAsync(() => page.FindAll("button[data-testid=indicator-remove]")[0].Click());
        dialogs.WaitForAssertion(() => Assert.Contains("the history keeps it", dialogs.Markup, StringComparison.Ordinal), Patience);
        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Remove").Click());

        page.WaitForAssertion(() => Assert.Equal(["2010 Q3"], page.FindAll("[data-testid=indicator-value]").Select(r => r.Children[0].TextContent.Trim())), Patience);
        Assert.Equal(["2010-07-01"], await Fixture.Database.RowsAsync("SELECT period_start::text FROM indicator_values WHERE indicator_id = $1", indicatorId));
    }

    [Fact]
    public async Task A_value_left_outside_the_implementation_period_is_marked_with_the_period_offers_only_its_removal_and_still_counts()
    {
        var scene = await Scene.StoreAsync(Fixture);
        await Fixture.Database.ExecuteAsync(
            "UPDATE initiatives SET period_start_month = '2010-01-01', period_end_month = '2012-12-01', period_duration_months = 36 WHERE id = $1", scene.InitiativeId);
        var indicatorId = await scene.AddIndicatorAsync(Fixture, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 1, 1), 100m, new DateOnly(2012, 12, 31), null));
        var report = Fixture.Get<ReportIndicatorValue>();
        foreach (var (period, value) in new[] { ("2010 H2", "20"), ("2011 Q4", "60") })
        {
            Assert.IsType<WriteOutcome.Done>(await report.ExecuteAsync(scene.InitiativeId, indicatorId, new IndicatorValueDraft { Period = period, Value = value }, Token));
        }

        // Shortened in SQL, as data stored before a period had to keep its values may be: 2011 Q4 now ends after it.
        await Fixture.Database.ExecuteAsync(
            "UPDATE initiatives SET period_end_month = '2011-03-01', period_duration_months = 15 WHERE id = $1", scene.InitiativeId);

        var page = Render<IndicatorPage>(p => p.Add(c => c.InitiativeId, scene.InitiativeId).Add(c => c.IndicatorId, indicatorId));
        // The values come first, the buttons once the page knows the user may report: waited for, not taken for granted.
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=indicator-remove]").Count), Patience);

        var rows = page.FindAll("[data-testid=indicator-value]");
        Assert.Equal(2, rows.Count);
        Assert.Equal(
            "Outside the implementation period (January 2010 – March 2011): it cannot be corrected, only removed.",
            rows[0].QuerySelector("[data-testid=indicator-value-outside]")?.TextContent.Trim());
        Assert.Null(rows[1].QuerySelector("[data-testid=indicator-value-outside]"));
        Assert.Equal([0, 1], rows.Select(r => r.QuerySelectorAll("[data-testid=indicator-correct]").Length));
        Assert.Equal([1, 1], rows.Select(r => r.QuerySelectorAll("[data-testid=indicator-remove]").Length));

        // Until removed it counts, as decision 0035 says: 60 of 100 at the end of 2011 is behind the line (about 66).
        Assert.Equal("Behind the line from baseline to target", page.Find("[data-testid=indicator-on-track]").TextContent.Trim());
    }

    private string[] LineRow(Guid initiativeId, Guid indicatorId)
    {
        var page = Render<IndicatorPage>(p => p.Add(c => c.InitiativeId, initiativeId).Add(c => c.IndicatorId, indicatorId));
        page.WaitForElement("[data-testid=indicator-values]", Patience);
        return page.Find("[data-testid=indicator-value]").Children.Take(3).Select(c => c.TextContent.Trim()).ToArray();
    }
}
