namespace MobilityPartnerships.Domain.Indicators;

/// <summary>
/// Whether an indicator is on track: its latest reported value is at or beyond the straight line from the baseline to
/// the target at the end of that value's period, in the direction the indicator should move.
/// </summary>
public static class IndicatorProgress
{
    /// <summary>Rise when the target is at or above the baseline, fall when below.</summary>
    public static IndicatorDirection DirectionOf(decimal baseline, decimal target) =>
        target >= baseline ? IndicatorDirection.Rise : IndicatorDirection.Fall;

    /// <summary>The value the straight line from baseline to target expects on a day; the baseline before it and the target after it.</summary>
    public static decimal Expected(IndicatorPoint baseline, IndicatorPoint target, DateOnly day)
    {
        if (day >= target.Date)
        {
            return target.Value;
        }

        if (day <= baseline.Date)
        {
            return baseline.Value;
        }

        var elapsed = day.DayNumber - baseline.Date.DayNumber;
        var span = target.Date.DayNumber - baseline.Date.DayNumber;
        return baseline.Value + ((target.Value - baseline.Value) * elapsed / span);
    }

    /// <summary>
    /// The value on the line from baseline to target on a day, as a page shows it: null without a baseline or a target,
    /// and null before the baseline's date, where the line does not run (it is not known there, and is never shown as the baseline's value).
    /// </summary>
    public static decimal? LineValueOn(IndicatorPoint? baseline, IndicatorPoint? target, DateOnly day) =>
        baseline is { } b && target is { } t && day >= b.Date ? Expected(b, t, day) : null;

    /// <summary>Null (not counted) when the indicator has no baseline, no target or no reported value.</summary>
    public static bool? IsOnTrack(IndicatorPoint? baseline, IndicatorPoint? target, IndicatorPoint? latest)
    {
        if (baseline is not { } b || target is not { } t || latest is not { } l)
        {
            return null;
        }

        var expected = Expected(b, t, l.Date);
        return DirectionOf(b.Value, t.Value) == IndicatorDirection.Rise ? l.Value >= expected : l.Value <= expected;
    }
}
