using System.Globalization;
using Bunit;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Indicators.Details;

namespace MobilityPartnerships.Web.Tests.Indicators;

/// <summary>The indicator's chart plots every reported value, whatever its period's length, on an axis that takes in the baseline.</summary>
public sealed class IndicatorChartTests : ComponentTest
{
    private static readonly DateTimeOffset Reported = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Values_of_quarters_and_half_years_are_all_plotted_at_the_end_of_their_periods()
    {
        var chart = IndicatorChart.Of(Details(
            new IndicatorPoint(0m, new DateOnly(2025, 1, 1)),
            new IndicatorPoint(100m, new DateOnly(2026, 12, 31)),
            Value(ReportingPeriod.HalfYear(2025, 1), 20m),
            Value(ReportingPeriod.HalfYear(2025, 2), 45m),
            Value(ReportingPeriod.Quarter(2026, 1), 55m),
            Value(ReportingPeriod.Quarter(2026, 2), 61m)))!;

        var rendered = Render<IndicatorChartView>(p => p.Add(c => c.Chart, chart));

        var points = rendered.FindAll("circle.reported");
        Assert.Equal(["2025 H1", "2025 H2", "2026 Q1", "2026 Q2"], points.Select(p => p.GetAttribute("data-period")));
        Assert.Equal(["20", "45", "55", "61"], points.Select(p => p.GetAttribute("data-value")));
        Assert.Equal(2, rendered.FindAll("polyline.reported").Count);

        // Each point sits at its period's end on the time axis: the half-year ending in June 2025 left of the quarter ending in March 2026.
        var xs = points.Select(p => decimal.Parse(p.GetAttribute("cx")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(xs.Order(), xs);
    }

    [Fact]
    public void The_value_axis_takes_in_a_baseline_far_below_the_reported_values()
    {
        var chart = IndicatorChart.Of(Details(
            new IndicatorPoint(0m, new DateOnly(2026, 1, 1)),
            null,
            Value(ReportingPeriod.Quarter(2026, 1), 500m),
            Value(ReportingPeriod.Quarter(2026, 2), 560m),
            Value(ReportingPeriod.Quarter(2026, 3), 600m)))!;

        var rendered = Render<IndicatorChartView>(p => p.Add(c => c.Chart, chart));

        var svg = rendered.Find("svg[data-testid=indicator-chart]");
        Assert.True(decimal.Parse(svg.GetAttribute("data-low")!, CultureInfo.InvariantCulture) <= 0m);
        Assert.True(decimal.Parse(svg.GetAttribute("data-high")!, CultureInfo.InvariantCulture) >= 600m);
        Assert.Equal("0", rendered.FindAll("text.y-tick")[0].TextContent);
        var baseline = rendered.Find("circle.baseline");
        var lowestTickY = decimal.Parse(rendered.FindAll("text.y-tick")[0].GetAttribute("y")!, CultureInfo.InvariantCulture);
        Assert.Equal(lowestTickY, decimal.Parse(baseline.GetAttribute("cy")!, CultureInfo.InvariantCulture));
        Assert.Equal(3, rendered.FindAll("circle.reported").Count);
    }

    [Fact]
    public void A_negative_baseline_and_a_single_value_still_make_an_axis_that_takes_in_both()
    {
        var chart = IndicatorChart.Of(Details(
            new IndicatorPoint(-12.5m, new DateOnly(2026, 1, 1)),
            new IndicatorPoint(-2m, new DateOnly(2026, 12, 31)),
            Value(ReportingPeriod.Quarter(2026, 1), -7m)))!;

        Assert.True(chart.Low <= -12.5m && chart.High >= -2m, $"{chart.Low} to {chart.High}");
        Assert.Single(chart.Reported);
    }

    [Fact]
    public void Every_year_the_chart_spans_is_labelled_the_first_one_too_under_its_own_part_of_the_axis()
    {
        // A baseline on 1 January 2025: the chart labelled 2026 only.
        var chart = IndicatorChart.Of(Details(
            new IndicatorPoint(0m, new DateOnly(2025, 1, 1)),
            new IndicatorPoint(100m, new DateOnly(2026, 12, 31)),
            Value(ReportingPeriod.Quarter(2025, 3), 20m)))!;
        var within = IndicatorChart.Of(Details(
            new IndicatorPoint(0m, new DateOnly(2025, 1, 1)),
            new IndicatorPoint(100m, new DateOnly(2025, 12, 31))))!;
        var midYear = IndicatorChart.Of(Details(
            new IndicatorPoint(0m, new DateOnly(2024, 9, 1)),
            new IndicatorPoint(100m, new DateOnly(2026, 3, 31))))!;

        Assert.Equal(["2025", "2026"], Labels(chart).Select(l => l.Text));
        Assert.Equal(["2025"], Labels(within).Select(l => l.Text));
        Assert.Equal(["2024", "2025", "2026"], Labels(midYear).Select(l => l.Text));

        // Each label stands at the middle of its year's part of the chart: the value of 2025 Q3 (30 September) lies between 2025's label and 2026's.
        var rendered = Render<IndicatorChartView>(p => p.Add(c => c.Chart, chart));
        var point = decimal.Parse(rendered.Find("circle.reported").GetAttribute("cx")!, CultureInfo.InvariantCulture);
        var (first, second) = (Labels(chart)[0].X, Labels(chart)[1].X);
        Assert.True(first < point && point < second, $"2025 at {first}, its September value at {point}, 2026 at {second}");
    }

    private List<(string Text, decimal X)> Labels(IndicatorChart chart) =>
        [.. Render<IndicatorChartView>(p => p.Add(c => c.Chart, chart)).FindAll("text.x-tick").Select(t => (t.TextContent, decimal.Parse(t.GetAttribute("x")!, CultureInfo.InvariantCulture)))];

    private static ReportedValue Value(ReportingPeriod period, decimal value) => new(period, value, "Ana Focal", null, Reported);

    private static IndicatorDetails Details(IndicatorPoint? baseline, IndicatorPoint? target, params ReportedValue[] values) =>
        new(Guid.NewGuid(), "Circular migration pilot", Guid.NewGuid(), "EU–Moldova", Guid.NewGuid(), "Workers placed", null, "persons", baseline, target, null,
            ImplementationPeriod.Create(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 1), null), values);
}
