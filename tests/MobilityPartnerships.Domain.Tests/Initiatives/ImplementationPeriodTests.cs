using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

public sealed class ImplementationPeriodTests
{
    [Fact]
    public void End_before_start_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            ImplementationPeriod.Create(new DateOnly(2011, 3, 1), new DateOnly(2011, 2, 28), null));

        Assert.Equal("period.end-before-start", ex.Rule);
    }

    [Fact]
    public void End_in_the_start_month_is_one_month_long()
    {
        var period = ImplementationPeriod.Create(new DateOnly(2011, 3, 20), new DateOnly(2011, 3, 2), null);

        Assert.Equal(new DateOnly(2011, 3, 1), period.StartMonth);
        Assert.Equal(new DateOnly(2011, 3, 1), period.EndMonth);
        Assert.Equal(1, period.DurationMonths);
    }

    [Fact]
    public void Start_and_24_months_end_23_months_later()
    {
        var period = ImplementationPeriod.Create(new DateOnly(2010, 12, 1), null, 24, "end of 2010, 24 months");

        Assert.Equal(new DateOnly(2010, 12, 1), period.StartMonth);
        Assert.Equal(new DateOnly(2012, 11, 1), period.EndMonth);
        Assert.Equal(24, period.DurationMonths);
        Assert.Equal("end of 2010, 24 months", period.Note);
    }

    [Fact]
    public void Start_and_one_month_end_in_the_start_month()
    {
        var period = ImplementationPeriod.Create(new DateOnly(2010, 12, 1), null, 1);

        Assert.Equal(new DateOnly(2010, 12, 1), period.EndMonth);
    }

    [Fact]
    public void Start_duration_and_matching_end_are_accepted()
    {
        var period = ImplementationPeriod.Create(new DateOnly(2010, 12, 1), new DateOnly(2012, 11, 30), 24);

        Assert.Equal(new DateOnly(2012, 11, 1), period.EndMonth);
        Assert.Equal(24, period.DurationMonths);
    }

    [Fact]
    public void Start_and_duration_mismatching_the_given_end_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            ImplementationPeriod.Create(new DateOnly(2010, 12, 1), new DateOnly(2012, 12, 1), 24));

        Assert.Equal("period.duration.mismatch", ex.Rule);
    }

    [Fact]
    public void Start_and_end_give_the_duration()
    {
        var period = ImplementationPeriod.Create(new DateOnly(2011, 1, 1), new DateOnly(2012, 12, 1), null);

        Assert.Equal(24, period.DurationMonths);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(241)]
    public void Duration_out_of_range_is_refused(int months)
    {
        var ex = Assert.Throws<DomainRuleException>(() => ImplementationPeriod.Create(new DateOnly(2010, 12, 1), null, months));

        Assert.Equal("period.duration.out-of-range", ex.Rule);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(ImplementationPeriod.MaxDurationMonths)]
    public void Duration_within_range_is_allowed(int months)
    {
        var period = ImplementationPeriod.Create(null, null, months);

        Assert.Equal(months, period.DurationMonths);
    }

    [Fact]
    public void Months_are_normalised_to_the_first_day()
    {
        var period = ImplementationPeriod.Create(new DateOnly(2011, 3, 17), new DateOnly(2012, 2, 29), null);

        Assert.Equal(new DateOnly(2011, 3, 1), period.StartMonth);
        Assert.Equal(new DateOnly(2012, 2, 1), period.EndMonth);
        Assert.Equal(12, period.DurationMonths);
    }

    [Fact]
    public void Both_ends_unknown_are_allowed()
    {
        var period = ImplementationPeriod.Create(null, null, null, "  to be determined ");

        Assert.Null(period.StartMonth);
        Assert.Null(period.EndMonth);
        Assert.Null(period.DurationMonths);
        Assert.Equal("to be determined", period.Note);
    }

    [Fact]
    public void Duration_without_dates_is_kept()
    {
        var period = ImplementationPeriod.Create(null, null, 18);

        Assert.Null(period.StartMonth);
        Assert.Null(period.EndMonth);
        Assert.Equal(18, period.DurationMonths);
    }

    [Fact]
    public void Unknown_start_with_a_known_end_is_allowed()
    {
        var period = ImplementationPeriod.Create(null, new DateOnly(2013, 6, 30), null);

        Assert.Null(period.StartMonth);
        Assert.Equal(new DateOnly(2013, 6, 1), period.EndMonth);
        Assert.Null(period.DurationMonths);
    }

    [Fact]
    public void To_be_determined_has_no_dates()
    {
        Assert.Null(ImplementationPeriod.ToBeDetermined.StartMonth);
        Assert.Null(ImplementationPeriod.ToBeDetermined.EndMonth);
        Assert.Null(ImplementationPeriod.ToBeDetermined.DurationMonths);
    }

    [Fact]
    public void Start_before_1990_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ImplementationPeriod.Create(new DateOnly(1989, 12, 31), null, null));

        Assert.Equal("period.start.out-of-range", ex.Rule);
    }

    [Fact]
    public void End_after_2100_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ImplementationPeriod.Create(null, new DateOnly(2101, 1, 1), null));

        Assert.Equal("period.end.out-of-range", ex.Rule);
    }

    [Fact]
    public void Start_in_year_1_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ImplementationPeriod.Create(DateOnly.MinValue, null, null));

        Assert.Equal("period.start.out-of-range", ex.Rule);
    }

    [Fact]
    public void First_and_last_months_of_the_range_are_allowed()
    {
        var period = ImplementationPeriod.Create(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31), null);

        Assert.Equal(ImplementationPeriod.EarliestMonth, period.StartMonth);
        Assert.Equal(ImplementationPeriod.LatestMonth, period.EndMonth);
    }

    [Fact]
    public void Too_long_note_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            ImplementationPeriod.Create(null, null, null, new string('n', ImplementationPeriod.NoteMaxLength + 1)));

        Assert.Equal("period.note.too-long", ex.Rule);
    }

    [Fact]
    public void A_duration_that_ends_after_the_latest_month_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ImplementationPeriod.Create(new DateOnly(2100, 12, 1), null, 24));

        Assert.Equal("period.end.out-of-range", ex.Rule);
    }
}
