using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Web.Features.Indicators.Details;

/// <summary>
/// The indicator's chart on a time axis: every reported value at the end of its period, whatever the period's length
/// (quarters and half-years side by side), and the straight line from the baseline to the target. The value axis
/// runs from <see cref="Low"/> to <see cref="High"/>, which take in every value, the baseline and the target, in steps
/// of whole numbers where the indicator's unit counts things; its figures are written as the indicator's page writes them
/// (<see cref="Figures"/>).
/// </summary>
public sealed record IndicatorChart(
    IReadOnlyList<ChartValue> Reported,
    IndicatorPoint? Baseline,
    IndicatorPoint? Target,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<decimal> Ticks,
    IndicatorFigures Figures)
{
    private static readonly double[] Steps = [1d, 2d, 5d, 10d];

    public decimal Low => Ticks[0];

    public decimal High => Ticks[^1];

    /// <summary>
    /// Every year the chart spans, the first and the last too however little of them it shows, each labelled at the middle
    /// of its part of the time axis: a chart from 1 January 2025 reads "2025" under 2025, not only "2026" at its boundary.
    /// </summary>
    public IReadOnlyList<ChartYear> Years =>
        [.. Enumerable.Range(From.Year, To.Year - From.Year + 1).Select(year =>
        {
            var first = new DateOnly(year, 1, 1) < From ? From : new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31) > To ? To : new DateOnly(year, 12, 31);
            return new ChartYear(year, DateOnly.FromDayNumber((first.DayNumber + last.DayNumber) / 2));
        })];

    /// <summary>Null when there is nothing to draw: no value reported and not both a baseline and a target.</summary>
    public static IndicatorChart? Of(IndicatorDetails indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Values.Count == 0 && (indicator.Baseline is null || indicator.Target is null))
        {
            return null;
        }

        // The value that counts per period: its latest report (a period has one value; older data may have had more).
        var reported = indicator.Values
            .GroupBy(v => v.Period)
            .Select(g => g.OrderByDescending(v => v.ReportedAt).First())
            .OrderBy(v => v.Period.End).ThenBy(v => v.Period.Start)
            .Select(v => new ChartValue(v.Period, v.Value))
            .ToList();
        var days = reported.SelectMany(v => new[] { v.Period.Start, v.Period.End })
            .Concat(new[] { indicator.Baseline?.Date, indicator.Target?.Date }.OfType<DateOnly>())
            .ToList();
        var values = reported.Select(v => v.Value)
            .Concat(new[] { indicator.Baseline?.Value, indicator.Target?.Value }.OfType<decimal>())
            .ToList();
        return new IndicatorChart(reported, indicator.Baseline, indicator.Target, days.Min(), days.Max(), TicksFor(values.Min(), values.Max(), IndicatorUnit.IsCount(indicator.Unit)), indicator.Figures);
    }

    /// <summary>
    /// Round steps (1, 2 or 5 times a power of ten) from at or below the lowest value to at or above the highest; with
    /// <paramref name="whole"/> (a count), steps of at least 1, so that no tick falls between two whole things.
    /// </summary>
    public static IReadOnlyList<decimal> TicksFor(decimal lowest, decimal highest, bool whole = false)
    {
        if (lowest == highest)
        {
            (lowest, highest) = lowest == 0 ? (0m, 1m) : (Math.Min(0, lowest), Math.Max(0, highest));
        }

        var rough = (double)(highest - lowest) / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (decimal)(Steps.First(m => m * power >= rough) * power);
        step = whole ? Math.Max(1m, step) : step;
        var ticks = new List<decimal>();
        for (var tick = Math.Floor(lowest / step) * step; ticks.Count == 0 || ticks[^1] < highest; tick += step)
        {
            ticks.Add(tick);
        }

        return ticks;
    }
}

/// <summary>A reported value as the chart draws it: at the end of its period.</summary>
public sealed record ChartValue(ReportingPeriod Period, decimal Value);

/// <summary>A year of the chart's time axis and the day its label stands at.</summary>
public sealed record ChartYear(int Year, DateOnly LabelAt);
