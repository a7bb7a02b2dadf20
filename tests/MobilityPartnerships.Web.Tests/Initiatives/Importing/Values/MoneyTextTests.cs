using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>Amounts in euro as officials write them, to the cent; ambiguous and impossible ones with the message a user reads.</summary>
public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("€ 1.718.465,95", "1718465.95")]
    [InlineData("€1.718.465,95", "1718465.95")]
    [InlineData("1,718,465.95", "1718465.95")]
    [InlineData("€ 971.747,-", "971747")]
    [InlineData("€5.000.000,-", "5000000")]
    [InlineData("€553.073,00", "553073.00")]
    [InlineData("EUR 1 718 465.95", "1718465.95")]
    [InlineData("1 718 465,95 €", "1718465.95")]
    [InlineData("1.718.465,95 EUR", "1718465.95")]
    [InlineData("2.447.840", "2447840")]
    [InlineData("2,447,840", "2447840")]
    [InlineData("1.5", "1.5")]
    [InlineData("1,25", "1.25")]
    [InlineData("0,5", "0.5")]
    [InlineData("1000", "1000")]
    [InlineData("€ 1,196,000.50", "1196000.50")]
    [InlineData("1\u00A0718\u00A0465,95\u00A0€", "1718465.95")]
    [InlineData("1\u202F718\u202F465.95", "1718465.95")]
    [InlineData("971\u202F747,00\u00A0€", "971747.00")]
    [InlineData("1'718'465.95", "1718465.95")]
    [InlineData("  €  12  ", "12")]
    [InlineData("€ 4.204.672,--", "4204672")]
    [InlineData("€ 4.204.672,\u2014", "4204672")]
    [InlineData("1 000 000", "1000000")]
    [InlineData("euro 250", "250")]
    [InlineData("250 euros", "250")]
    [InlineData("1234,5", "1234.5")]
    [InlineData("1.234.567.890,12", "1234567890.12")]
    public void Amounts_are_read_to_the_cent(string text, string expected)
    {
        Assert.Equal(new MoneyReading.Amount(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), MoneyText.Read(text));
    }

    [Theory]
    [InlineData("1.190", 1190, "1.190")]
    [InlineData("1,190", 1190, "1.190")]
    [InlineData("€ 448.290", 448290, "448.290")]
    [InlineData("12,050 EUR", 12050, "12.050")]
    public void One_separator_before_three_digits_ending_in_zero_is_ambiguous(string text, int asThousands, string asDecimal)
    {
        var ambiguous = Assert.IsType<MoneyReading.Ambiguous>(MoneyText.Read(text));

        Assert.Equal(asThousands, ambiguous.AsThousands);
        Assert.Equal(decimal.Parse(asDecimal, System.Globalization.CultureInfo.InvariantCulture), ambiguous.AsDecimal);
        Assert.Contains($"\"{text}\"", ambiguous.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.196", "1196")]
    [InlineData("1,196", "1196")]
    [InlineData("€ 448.291", "448291")]
    [InlineData("999,999", "999999")]
    public void A_reading_with_three_decimals_is_no_amount_so_the_other_is_taken_without_asking(string text, string expected)
    {
        // Offered as 1.196, the answer would have been stored rounded to 1.20.
        Assert.Equal(new MoneyReading.Amount(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), MoneyText.Read(text));
    }

    [Fact]
    public void The_ambiguity_is_explained_in_words()
    {
        var ambiguous = Assert.IsType<MoneyReading.Ambiguous>(MoneyText.Read("1.190"));

        Assert.Equal("\"1.190\" could be one thousand one hundred and ninety or one point one nine zero; choose which.", ambiguous.Message);
    }

    [Theory]
    [InlineData("12,050", "twelve thousand and fifty or twelve point zero five zero")]
    [InlineData("100.000", "one hundred thousand or one hundred point zero zero zero")]
    [InlineData("999,990", "nine hundred and ninety-nine thousand nine hundred and ninety or nine hundred and ninety-nine point nine nine zero")]
    [InlineData("20.400", "twenty thousand four hundred or twenty point four zero zero")]
    public void Both_readings_are_written_out(string text, string readings)
    {
        var ambiguous = Assert.IsType<MoneyReading.Ambiguous>(MoneyText.Read(text));

        Assert.Contains(readings, ambiguous.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.196", ',', "1196")]
    [InlineData("1,196", '.', "1196")]
    public void A_known_decimal_separator_settles_the_ambiguity(string text, char decimalSeparator, string expected)
    {
        Assert.Equal(new MoneyReading.Amount(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), MoneyText.Read(text, decimalSeparator));
    }

    [Fact]
    public void A_known_decimal_separator_does_not_overrule_what_the_text_shows()
    {
        Assert.Equal(new MoneyReading.Amount(1.5m), MoneyText.Read("1.50", ','));
    }

    [Fact]
    public void A_known_decimal_separator_that_makes_three_decimals_is_refused_for_cents()
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(MoneyText.Read("1,196", ','));

        Assert.Contains("more than two decimals", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_separator_other_than_point_or_comma_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MoneyText.Read("1", ';'));
    }

    [Theory]
    [InlineData("To be determined")]
    [InlineData("to be DETERMINED")]
    [InlineData("TBD")]
    [InlineData("tbc")]
    [InlineData("n/a")]
    [InlineData("N.A.")]
    [InlineData("-")]
    [InlineData("\u2013")]
    public void Placeholders_are_to_be_determined(string text)
    {
        Assert.IsType<MoneyReading.ToBeDetermined>(MoneyText.Read(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \u00A0 ")]
    public void An_empty_cell_is_blank(string? text)
    {
        Assert.IsType<MoneyReading.Blank>(MoneyText.Read(text));
    }

    [Theory]
    [InlineData("about a million")]
    [InlineData("12 apples")]
    [InlineData("1.2.3,4,5")]
    [InlineData("€")]
    [InlineData("1,000.000,50")]
    [InlineData("1.000 000")]
    [InlineData("1,000,-,-")]
    [InlineData("1,000,-")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1..000")]
    [InlineData("50%")]
    [InlineData("12.5 %")]
    public void Text_that_is_not_money_is_refused_naming_it(string text)
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(MoneyText.Read(text));

        Assert.Equal($"\"{text}\" is not an amount of money.", invalid.Message);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("12,34,567")]
    [InlineData("1.2345.678,00")]
    public void Digit_groups_must_be_thousands(string text)
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(MoneyText.Read(text));

        Assert.Equal($"\"{text}\" has digit groups that are not thousands.", invalid.Message);
    }

    [Theory]
    [InlineData("1,2345")]
    [InlineData("€ 1.718.465,955")]
    [InlineData("0.125")]
    [InlineData("1234.567")]
    public void More_than_two_decimals_is_refused_for_cents(string text)
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(MoneyText.Read(text));

        Assert.Equal($"\"{text}\" has more than two decimals; an amount is in euro and cents.", invalid.Message);
    }

    [Theory]
    [InlineData("-1.000,00")]
    [InlineData("-€ 1.000,00")]
    [InlineData("€ -1.000,00")]
    [InlineData("\u2212 500")]
    public void Negative_amounts_are_refused(string text)
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(MoneyText.Read(text));

        Assert.Contains("cannot be negative", invalid.Message, StringComparison.Ordinal);
        Assert.Contains(text, invalid.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10000000000006666.66")]
    [InlineData("499999999999999999.50")]
    public void A_sum_of_funding_lines_as_the_export_writes_it_is_read_though_one_line_holds_less(string text)
    {
        Assert.Equal(new MoneyReading.Amount(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)), MoneyText.Read(text));
    }

    [Fact]
    public void An_amount_larger_than_the_product_holds_is_refused()
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(MoneyText.Read("99999999999999999999"));

        Assert.Contains("larger than the product can hold", invalid.Message, StringComparison.Ordinal);
    }
}
