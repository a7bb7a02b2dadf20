using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Web.Features.Indicators;

/// <summary>Of an initiative's indicators that can be judged (baseline, target and a reported value), how many are on track.</summary>
public sealed record IndicatorsOnTrackCount(int OnTrack, int Judged);

/// <summary>What judging one indicator takes: its baseline, its target and its latest reported value (if any).</summary>
public sealed record IndicatorReading(decimal Baseline, DateOnly BaselineDate, decimal Target, DateOnly TargetDate, decimal? Latest, DateOnly? LatestPeriodEnd);

/// <summary>
/// Judges the indicators of a scoreboard's row; the scoreboard's own statement reads each row's indicators (a subquery
/// of the page's rows, not a query per row or per page).
/// </summary>
public static class IndicatorsOnTrack
{
    /// <summary>How many of the indicators are on track, of those that can be judged; none when none can.</summary>
    public static IndicatorsOnTrackCount? Count(IEnumerable<IndicatorReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var judged = readings
            .Select(i => IndicatorProgress.IsOnTrack(
                new IndicatorPoint(i.Baseline, i.BaselineDate),
                new IndicatorPoint(i.Target, i.TargetDate),
                i.Latest is { } value && i.LatestPeriodEnd is { } end ? new IndicatorPoint(value, end) : null))
            .Where(onTrack => onTrack is not null)
            .ToList();
        return judged.Count == 0 ? null : new IndicatorsOnTrackCount(judged.Count(onTrack => onTrack == true), judged.Count);
    }
}
