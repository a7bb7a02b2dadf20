using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;

namespace MobilityPartnerships.Domain.Tests.Indicators;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026 Q3", "2026-07-01", "2026-09-30", "2026 Q3")]
    [InlineData("2026q1", "2026-01-01", "2026-03-31", "2026 Q1")]
    [InlineData(" 2026 H2 ", "2026-07-01", "2026-12-31", "2026 H2")]
    [InlineData("2024-H1", "2024-01-01", "2024-06-30", "2024 H1")]
    public void A_period_is_read_from_its_text_with_its_first_and_last_day(string text, string start, string end, string shown)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.NotNull(period);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(shown, period.ToString());
        Assert.Equal(period, ReportingPeriod.Spanning(period.Start, period.End));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026 Q5")]
    [InlineData("2026 H3")]
    [InlineData("Q3 2026")]
    [InlineData("1850 Q1")]
    [InlineData("abc")]
    public void Text_that_is_no_quarter_or_half_year_is_not_a_period(string text) => Assert.Null(ReportingPeriod.Parse(text));

    [Fact]
    public void Days_that_are_no_quarter_or_half_year_are_refused() =>
        Assert.Throws<DomainRuleException>(() => ReportingPeriod.Spanning(new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 30)));

    [Fact]
    public void The_periods_between_two_days_include_both_ends()
    {
        var quarters = ReportingPeriod.Between(ReportingPeriodLength.Quarter, new DateOnly(2025, 11, 15), new DateOnly(2026, 4, 1));
        Assert.Equal(["2025 Q4", "2026 Q1", "2026 Q2"], quarters.Select(q => q.ToString()));
    }

    [Theory]
    [InlineData("2026-12-05", "2026 Q3")]
    [InlineData("2026-10-01", "2026 Q3")]
    [InlineData("2026-09-30", "2026 Q2")]
    [InlineData("2027-01-15", "2026 Q4")]
    public void The_values_due_are_those_of_the_last_quarter_that_ended(string today, string due) =>
        Assert.Equal(due, ReportingPeriod.LastQuarterEndedBefore(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ToString());
}
