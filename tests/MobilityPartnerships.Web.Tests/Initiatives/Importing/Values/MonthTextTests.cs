using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>Start and End cells: months in the ways officials write them, years alone, rough months, and what is refused.</summary>
public sealed class MonthTextTests
{
    [Theory]
    [InlineData("December 2004")]
    [InlineData("Dec 2004")]
    [InlineData("dec. 2004")]
    [InlineData("DECEMBER 2004")]
    [InlineData("December, 2004")]
    [InlineData("December of 2004")]
    [InlineData("Dec-2004")]
    [InlineData("1 December 2004")]
    [InlineData("1st December 2004")]
    [InlineData("01-Dec-2004")]
    [InlineData("12/2004")]
    [InlineData("12.2004")]
    [InlineData("12-2004")]
    [InlineData("2004-12")]
    [InlineData("2004/12")]
    [InlineData("2004-12-01")]
    [InlineData("2004-12-31 00:00:00")]
    [InlineData("2004-12-01T00:00:00")]
    [InlineData("01/12/2004")]
    [InlineData("31.12.2004")]
    [InlineData("15-12-2004")]
    [InlineData("12/25/2004")]
    [InlineData("décembre 2004")]
    [InlineData("Décembre 2004")]
    [InlineData("1er décembre 2004")]
    [InlineData("dicembre 2004")]
    [InlineData("diciembre de 2004")]
    [InlineData("Dezember 2004")]
    [InlineData("dez. 2004")]
    [InlineData("dic. 2004")]
    [InlineData("dezembro 2004")]
    [InlineData("\u00A0December\u00A02004 ")]
    public void December_2004_is_read_in_every_usual_form(string text)
    {
        Assert.Equal(new MonthReading.Month(new DateOnly(2004, 12, 1)), MonthText.Read(text));
    }

    [Theory]
    [InlineData("janvier 2010", 1)]
    [InlineData("février 2010", 2)]
    [InlineData("März 2010", 3)]
    [InlineData("avril 2010", 4)]
    [InlineData("maggio 2010", 5)]
    [InlineData("junio 2010", 6)]
    [InlineData("juillet 2010", 7)]
    [InlineData("août 2010", 8)]
    [InlineData("Sept. 2010", 9)]
    [InlineData("ottobre 2010", 10)]
    [InlineData("noviembre 2010", 11)]
    [InlineData("mei 2010", 5)]
    public void Month_names_in_the_partners_languages(string text, int month)
    {
        Assert.Equal(new MonthReading.Month(new DateOnly(2010, month, 1)), MonthText.Read(text));
    }

    [Fact]
    public void A_year_alone_is_left_for_the_caller_to_place()
    {
        Assert.Equal(new MonthReading.Year(2010), MonthText.Read("2010"));
    }

    [Theory]
    [InlineData("end of 2010", 2010, 12)]
    [InlineData("End 2010", 2010, 12)]
    [InlineData("late 2010", 2010, 12)]
    [InlineData("mid-2011", 2011, 7)]
    [InlineData("mid 2011", 2011, 7)]
    [InlineData("middle of 2011", 2011, 7)]
    [InlineData("early 2012", 2012, 1)]
    [InlineData("beginning of 2012", 2012, 1)]
    [InlineData("start of 2012", 2012, 1)]
    [InlineData("end of March 2011", 2011, 3)]
    [InlineData("early 03/2011", 2011, 3)]
    public void Rough_months_are_placed_and_keep_their_words(string text, int year, int month)
    {
        Assert.Equal(new MonthReading.Approximate(new DateOnly(year, month, 1), text), MonthText.Read(text));
    }

    [Theory]
    [InlineData("To be determined")]
    [InlineData("TBD")]
    [InlineData("-")]
    public void Placeholders_are_to_be_determined(string text)
    {
        Assert.IsType<MonthReading.ToBeDetermined>(MonthText.Read(text));
    }

    [Fact]
    public void An_empty_cell_is_blank()
    {
        Assert.IsType<MonthReading.Blank>(MonthText.Read(" "));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("13/2004")]
    [InlineData("2004-13")]
    [InlineData("31/02/2004")]
    [InlineData("32/12/2004")]
    [InlineData("Decembre of the year")]
    [InlineData("March")]
    [InlineData("Q3 2011")]
    [InlineData("end of soon")]
    public void Text_that_is_not_a_month_is_refused_naming_it(string text)
    {
        var invalid = Assert.IsType<MonthReading.Invalid>(MonthText.Read(text));

        Assert.Contains($"\"{text}\" is not a month", invalid.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dec-04")]
    [InlineData("12/04")]
    [InlineData("01/12/04")]
    [InlineData("dec. '04")]
    public void Two_digit_years_are_refused(string text)
    {
        var invalid = Assert.IsType<MonthReading.Invalid>(MonthText.Read(text));

        Assert.Equal($"\"{text}\" gives the year in two digits; write it in four, like \"December 2004\".", invalid.Message);
    }

    [Theory]
    [InlineData("December 1985")]
    [InlineData("2101")]
    [InlineData("01/01/2200")]
    [InlineData("end of 1989")]
    public void Months_outside_the_years_a_period_can_have_are_refused(string text)
    {
        var invalid = Assert.IsType<MonthReading.Invalid>(MonthText.Read(text));

        Assert.Contains("1990 to 2100", invalid.Message, StringComparison.Ordinal);
    }
}
