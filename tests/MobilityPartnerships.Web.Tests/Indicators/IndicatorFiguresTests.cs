using System.Globalization;
using MobilityPartnerships.Web.Features.Indicators;

namespace MobilityPartnerships.Web.Tests.Indicators;

/// <summary>
/// One way of writing an indicator's figures: stored ones as given (0.5, never 0.5000), computed ones to the precision of
/// the indicator's own figures, whole for a count.
/// </summary>
public sealed class IndicatorFiguresTests
{
    [Theory]
    [InlineData("0.5000", "0.5")]
    [InlineData("40.0000", "40")]
    [InlineData("12.5", "12.5")]
    [InlineData("-0.0100", "-0.01")]
    [InlineData("0.0000", "0")]
    public void A_stored_figure_is_written_as_given_without_trailing_zeros(string stored, string written)
    {
        Assert.Equal(written, IndicatorFigures.Exact(decimal.Parse(stored, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_computed_figure_has_the_precision_of_the_indicator_s_figures()
    {
        var whole = IndicatorFigures.Of("%", [0.0000m, 1000.0000m, 300m]);
        var tenths = IndicatorFigures.Of("%", [0.5000m, 40m, 12.25m]);
        var unknown = IndicatorFigures.Of(null, []);

        Assert.Equal(("307", "307.11", "307"), (Written(whole, 307.1066m), Written(tenths, 307.1066m), Written(unknown, 307.1066m)));
        Assert.Equal(("12.5", "0.5"), (Written(tenths, 12.5000m), Written(tenths, 0.5000m)));
    }

    [Fact]
    public void A_count_is_whole_whatever_its_figures()
    {
        var persons = IndicatorFigures.Of("persons", [0m, 1000m]);

        Assert.Equal(0, persons.Decimals);
        Assert.Equal(("687", "1,000"), (Written(persons, 686.9863m), Written(persons, 1000.0000m)));
    }

    private static string Written(IndicatorFigures figures, decimal value) => figures.Format(value, CultureInfo.InvariantCulture);
}
