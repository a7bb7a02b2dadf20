namespace MobilityPartnerships.Domain.Tests.Common;

/// <summary>The day of a moment in Brussels: the zone's rules, summer time included, never a fixed offset.</summary>
public sealed class DayCalendarTests
{
    [Theory]
    // Winter (CET, UTC+1): half an hour after midnight in Brussels is still the day before in UTC.
    [InlineData("2026-03-10T23:30:00Z", "2026-03-11")]
    [InlineData("2026-03-10T22:59:00Z", "2026-03-10")]
    // Summer time begins on 29 March 2026 at 01:00 UTC: from then on midnight is at 22:00 UTC.
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29")]
    [InlineData("2026-03-29T22:30:00Z", "2026-03-30")]
    [InlineData("2026-03-31T22:30:00Z", "2026-04-01")]
    // Summer time ends on 25 October 2026 at 01:00 UTC: midnight is at 23:00 UTC again.
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")]
    [InlineData("2026-10-25T22:30:00Z", "2026-10-25")]
    [InlineData("2026-10-25T23:30:00Z", "2026-10-26")]
    public void A_moment_falls_on_its_day_in_Brussels(string moment, string day)
    {
        var at = DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Known.Brussels.DayOf(at));
    }

    [Fact]
    public void A_moment_with_an_offset_is_the_same_moment()
    {
        Assert.Equal(new DateOnly(2026, 3, 11), Known.Brussels.DayOf(new DateTimeOffset(2026, 3, 10, 18, 30, 0, TimeSpan.FromHours(-5))));
    }
}
