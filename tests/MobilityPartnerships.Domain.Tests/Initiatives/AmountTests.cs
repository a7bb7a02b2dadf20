using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

public class AmountTests
{
    [Fact]
    public void An_initiative_without_funding_lines_has_an_amount_not_known()
    {
        var amount = Amount.OfLines([]);

        Assert.True(amount.IsNotKnown);
        Assert.Null(amount.Value);
        Assert.Null(amount.Sum);
    }

    [Fact]
    public void Lines_without_the_figure_leave_the_amount_not_known()
    {
        var amount = Amount.OfLines([null, null]);

        Assert.True(amount.IsNotKnown);
        Assert.Equal(2, amount.Unknown);
        Assert.Null(amount.Sum);
    }

    [Fact]
    public void Some_lines_known_make_an_amount_of_at_least_their_sum()
    {
        var amount = Amount.OfLines([1_000m, null, 250.50m]);

        Assert.True(amount.IsPartial);
        Assert.False(amount.IsExact);
        Assert.Equal(1_250.50m, amount.Known);
        Assert.Equal(1, amount.Unknown);
        Assert.Null(amount.Value);
        Assert.Equal(1_250.50m, amount.Sum);
    }

    [Fact]
    public void Every_line_known_makes_an_exact_amount_and_a_recorded_zero_is_zero()
    {
        Assert.Equal(Amount.Exact(1_000.01m), Amount.OfLines([1_000m, 0.01m]));
        var zero = Amount.OfLines([0m]);
        Assert.True(zero.IsExact);
        Assert.Equal(0m, zero.Value);
    }

    [Fact]
    public void A_total_over_no_rows_is_exactly_zero()
    {
        var total = Amount.Total([]);

        Assert.True(total.IsExact);
        Assert.Equal(0m, total.Value);
        Assert.Equal(0m, total.Sum);
    }

    [Fact]
    public void A_total_sums_what_is_known_and_counts_the_rows_not_fully_known()
    {
        var total = Amount.Total([Amount.Exact(100m), new Amount(50m, 2), Amount.NotKnown, Amount.Exact(0m)]);

        Assert.Equal(150m, total.Known);
        Assert.Equal(2, total.Unknown);
        Assert.True(total.IsPartial);
    }

    [Fact]
    public void A_total_of_rows_none_known_is_not_known_with_their_count()
    {
        var total = Amount.Total([Amount.NotKnown, new Amount(null, 3)]);

        Assert.True(total.IsNotKnown);
        Assert.Equal(2, total.Unknown);
    }

    [Fact]
    public void Totals_of_separate_rows_add_up_as_the_total_of_all_rows()
    {
        Amount[] legal = [Amount.Exact(10m), Amount.NotKnown];
        Amount[] development = [new Amount(5m, 1)];
        Amount[] illegal = [Amount.NotKnown];

        var added = Amount.Total(legal) + Amount.Total(development) + Amount.Total(illegal) + Amount.Total([]);

        Assert.Equal(Amount.Total([.. legal, .. development, .. illegal]), added);
        Assert.Equal(new Amount(15m, 3), added);
    }

    [Fact]
    public void Totals_none_known_stay_not_known_when_added()
    {
        Assert.Equal(new Amount(null, 3), Amount.Total([Amount.NotKnown]) + Amount.Total([Amount.NotKnown, Amount.NotKnown]) + Amount.Nothing);
    }

    [Fact]
    public void A_sum_of_no_parts_equals_a_recorded_zero_but_not_an_amount_not_known()
    {
        Assert.Equal(Amount.Exact(0m), Amount.Nothing);
        Assert.NotEqual(Amount.Exact(0m), Amount.NotKnown);
        Assert.NotEqual(new Amount(0m, 3), new Amount(null, 3));
    }
}
