using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Domain.Tests.Indicators;

/// <summary>The on-track rule: the latest value against the straight line from baseline to target at its period's end.</summary>
public sealed class IndicatorProgressTests
{
    // From 0 on 1 January 2026 to 100 on 1 January 2027, 365 days later: day 73 is at 20.
    private static readonly IndicatorPoint RiseBaseline = new(0m, new DateOnly(2026, 1, 1));
    private static readonly IndicatorPoint RiseTarget = new(100m, new DateOnly(2027, 1, 1));

    // From 40 down to 10 over the same year: day 73 is at 34.
    private static readonly IndicatorPoint FallBaseline = new(40m, new DateOnly(2026, 1, 1));
    private static readonly IndicatorPoint FallTarget = new(10m, new DateOnly(2027, 1, 1));

    [Fact]
    public void The_line_is_interpolated_by_days_between_baseline_and_target()
    {
        var midYear = new DateOnly(2026, 1, 1).AddDays(365 / 5);
        Assert.Equal(20m, IndicatorProgress.Expected(RiseBaseline, RiseTarget, midYear));
        Assert.Equal(34m, IndicatorProgress.Expected(FallBaseline, FallTarget, midYear));
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(40, false)]
    public void A_rising_indicator_is_on_track_at_or_above_the_line(int value, bool onTrack)
    {
        // 30 June 2026 is day 180: the line is at 180 / 365 * 100 ≈ 49.3.
        Assert.Equal(onTrack, IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, new IndicatorPoint(value, new DateOnly(2026, 6, 30))));
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(30, false)]
    public void A_falling_indicator_is_on_track_at_or_below_the_line(int value, bool onTrack)
    {
        // On 30 June 2026 the line is at 40 - 30 * 180 / 365 ≈ 25.2.
        Assert.Equal(onTrack, IndicatorProgress.IsOnTrack(FallBaseline, FallTarget, new IndicatorPoint(value, new DateOnly(2026, 6, 30))));
    }

    [Fact]
    public void A_value_exactly_on_the_line_is_on_track_in_both_directions()
    {
        var day = new DateOnly(2026, 1, 1).AddDays(73);
        Assert.True(IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, new IndicatorPoint(20m, day)));
        Assert.True(IndicatorProgress.IsOnTrack(FallBaseline, FallTarget, new IndicatorPoint(34m, day)));
        Assert.False(IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, new IndicatorPoint(19.99m, day)));
        Assert.False(IndicatorProgress.IsOnTrack(FallBaseline, FallTarget, new IndicatorPoint(34.01m, day)));
    }

    [Fact]
    public void Before_the_baseline_date_the_line_is_the_baseline()
    {
        var early = new DateOnly(2025, 12, 31);
        Assert.True(IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, new IndicatorPoint(0m, early)));
        Assert.False(IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, new IndicatorPoint(-1m, early)));
        Assert.True(IndicatorProgress.IsOnTrack(FallBaseline, FallTarget, new IndicatorPoint(40m, early)));
    }

    [Fact]
    public void After_the_target_date_the_line_is_the_target()
    {
        var late = new DateOnly(2027, 12, 31);
        Assert.True(IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, new IndicatorPoint(100m, late)));
        Assert.False(IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, new IndicatorPoint(99m, late)));
        Assert.True(IndicatorProgress.IsOnTrack(FallBaseline, FallTarget, new IndicatorPoint(10m, late)));
        Assert.False(IndicatorProgress.IsOnTrack(FallBaseline, FallTarget, new IndicatorPoint(11m, late)));
    }

    [Fact]
    public void Without_a_value_a_baseline_or_a_target_the_indicator_is_not_counted()
    {
        var value = new IndicatorPoint(50m, new DateOnly(2026, 6, 30));
        Assert.Null(IndicatorProgress.IsOnTrack(RiseBaseline, RiseTarget, null));
        Assert.Null(IndicatorProgress.IsOnTrack(null, RiseTarget, value));
        Assert.Null(IndicatorProgress.IsOnTrack(RiseBaseline, null, value));
    }

    [Fact]
    public void The_direction_follows_from_the_target_against_the_baseline()
    {
        Assert.Equal(IndicatorDirection.Rise, IndicatorProgress.DirectionOf(0m, 100m));
        Assert.Equal(IndicatorDirection.Fall, IndicatorProgress.DirectionOf(40m, 10m));
    }
}
