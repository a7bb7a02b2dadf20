using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Web.Features.Indicators.Details;

/// <summary>
/// The indicator's chart as periods on the x axis: per period the value that counts (the latest report for it) and
/// the value the straight line from baseline to target expects at the period's end. Null where there is none.
/// </summary>
public sealed record IndicatorChart(IReadOnlyList<ReportingPeriod> Periods, IReadOnlyList<decimal?> Reported, IReadOnlyList<decimal?> Expected)
{
    public const int MaxPeriods = 60;

    public static IndicatorChart? Of(IndicatorDetails indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var length = indicator.Latest?.Period.Length ?? ReportingPeriodLength.Quarter;
        var days = indicator.Values.Where(v => v.Period.Length == length).SelectMany(v => new[] { v.Period.Start, v.Period.End })
            .Concat(new[] { indicator.Baseline?.Date, indicator.Target?.Date }.OfType<DateOnly>())
            .ToList();
        if (days.Count == 0 || (indicator.Values.Count == 0 && (indicator.Baseline is null || indicator.Target is null)))
        {
            return null;
        }

        var periods = ReportingPeriod.Between(length, days.Min(), days.Max()).TakeLast(MaxPeriods).ToList();
        var reported = periods
            .Select(p => indicator.Values.Where(v => v.Period == p).OrderByDescending(v => v.ReportedAt).Select(v => (decimal?)v.Value).FirstOrDefault())
            .ToList();
        var expected = periods
            .Select(p => indicator.Baseline is { } b && indicator.Target is { } t ? IndicatorProgress.Expected(b, t, p.End) : (decimal?)null)
            .ToList();
        return new IndicatorChart(periods, reported, expected);
    }
}
