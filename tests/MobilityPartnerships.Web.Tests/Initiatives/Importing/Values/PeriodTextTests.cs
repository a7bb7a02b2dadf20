using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>Whole-period cells: ranges, starts with durations, open ends, rough months, and what is refused.</summary>
public sealed class PeriodTextTests
{
    [Theory]
    [InlineData("December 2004 – June 2006", "2004-12", "2006-06")]
    [InlineData("December 2001- January 2004", "2001-12", "2004-01")]
    [InlineData("May 2003 - May 2007", "2003-05", "2007-05")]
    [InlineData("January 2006 – December 2007", "2006-01", "2007-12")]
    [InlineData("March 2005 – December 2007", "2005-03", "2007-12")]
    [InlineData("12/2004 - 06/2006", "2004-12", "2006-06")]
    [InlineData("12/2004-06/2006", "2004-12", "2006-06")]
    [InlineData("2004-12 - 2006-06", "2004-12", "2006-06")]
    [InlineData("01/12/2004 – 30/06/2006", "2004-12", "2006-06")]
    [InlineData("2010–2012", "2010-01", "2012-12")]
    [InlineData("2010 - 2012", "2010-01", "2012-12")]
    [InlineData("December 2004 to June 2006", "2004-12", "2006-06")]
    [InlineData("from December 2004 until June 2006", "2004-12", "2006-06")]
    [InlineData("between December 2004 and June 2006", "2004-12", "2006-06")]
    [InlineData("décembre 2004 — juin 2006", "2004-12", "2006-06")]
    [InlineData("March – June 2011", "2011-03", "2011-06")]
    [InlineData("March 2011 - June", "2011-03", "2011-06")]
    [InlineData("2010", "2010-01", "2010-12")]
    [InlineData("March 2011", "2011-03", "2011-03")]
    public void Ranges_give_a_start_and_an_end(string text, string start, string end)
    {
        Assert.Equal(new PeriodReading.Period(Month(start), Month(end), null, null), PeriodText.Read(text));
    }

    [Theory]
    [InlineData("from March 2011, 18 months", "2011-03", 18)]
    [InlineData("March 2011, 18 months", "2011-03", 18)]
    [InlineData("March 2011 (18 months)", "2011-03", 18)]
    [InlineData("24 months from January 2012", "2012-01", 24)]
    [InlineData("24 months starting January 2012", "2012-01", 24)]
    [InlineData("January 2012, for 2 years", "2012-01", 24)]
    [InlineData("2012, 36 months", "2012-01", 36)]
    [InlineData("starting 03/2011; 18-month", "2011-03", 18)]
    public void A_start_and_a_duration(string text, string start, int months)
    {
        Assert.Equal(new PeriodReading.Period(Month(start), null, months, null), PeriodText.Read(text));
    }

    [Fact]
    public void A_duration_alone()
    {
        Assert.Equal(new PeriodReading.Period(null, null, 36, null), PeriodText.Read("36 months"));
    }

    [Fact]
    public void A_range_with_its_matching_duration_keeps_all_three()
    {
        Assert.Equal(new PeriodReading.Period(Month("2006-01"), Month("2007-12"), 24, null), PeriodText.Read("January 2006 – December 2007 (24 months)"));
    }

    [Theory]
    [InlineData("starting October 2010", "2010-10")]
    [InlineData("from October 2010", "2010-10")]
    [InlineData("as of October 2010", "2010-10")]
    [InlineData("since 10/2010", "2010-10")]
    [InlineData("October 2010 - to be determined", "2010-10")]
    [InlineData("from 2010", "2010-01")]
    public void A_start_alone(string text, string start)
    {
        Assert.Equal(new PeriodReading.Period(Month(start), null, null, null), PeriodText.Read(text));
    }

    [Theory]
    [InlineData("until June 2012", "2012-06")]
    [InlineData("till June 2012", "2012-06")]
    [InlineData("to 06/2012", "2012-06")]
    [InlineData("ending in June 2012", "2012-06")]
    [InlineData("until 2012", "2012-12")]
    [InlineData("TBD - June 2012", "2012-06")]
    public void An_end_alone(string text, string end)
    {
        Assert.Equal(new PeriodReading.Period(null, Month(end), null, null), PeriodText.Read(text));
    }

    [Theory]
    [InlineData("end of 2010, 24 months", "2010-12", null, 24, "end of 2010")]
    [InlineData("mid-2011 – December 2012", "2011-07", "2012-12", null, "mid-2011")]
    [InlineData("from early 2012", "2012-01", null, null, "early 2012")]
    [InlineData("until late 2013", null, "2013-12", null, "late 2013")]
    [InlineData("mid-2011 - end of 2012", "2011-07", "2012-12", null, "mid-2011 – end of 2012")]
    [InlineData("end of 2010", "2010-12", "2010-12", null, "end of 2010")]
    [InlineData("beginning of 2012, 12 months", "2012-01", null, 12, "beginning of 2012")]
    public void Rough_months_are_placed_and_their_words_kept_as_the_note(string text, string? start, string? end, int? months, string note)
    {
        Assert.Equal(new PeriodReading.Period(MonthOrNull(start), MonthOrNull(end), months, note), PeriodText.Read(text));
    }

    [Theory]
    [InlineData("To be determined")]
    [InlineData("tbc")]
    public void Placeholders_are_to_be_determined(string text)
    {
        Assert.IsType<PeriodReading.ToBeDetermined>(PeriodText.Read(text));
    }

    [Fact]
    public void An_empty_cell_is_blank()
    {
        Assert.IsType<PeriodReading.Blank>(PeriodText.Read(null));
    }

    [Fact]
    public void An_end_before_the_start_is_refused_naming_both()
    {
        Assert.Equal(new PeriodReading.Invalid("The end (June 2004) is before the start (December 2004)."), PeriodText.Read("December 2004 – June 2004"));
    }

    [Theory]
    [InlineData("March 2011, 300 months", "\"300 months\"")]
    [InlineData("0 months from March 2011", "\"0 months\"")]
    [InlineData("from 2011, 25 years", "\"25 years\"")]
    public void A_duration_outside_1_to_240_months_is_refused(string text, string named)
    {
        var invalid = Assert.IsType<PeriodReading.Invalid>(PeriodText.Read(text));

        Assert.Equal($"{named} is not a duration between 1 and 240 months.", invalid.Message);
    }

    [Fact]
    public void A_duration_that_does_not_match_the_range_is_refused()
    {
        var invalid = Assert.IsType<PeriodReading.Invalid>(PeriodText.Read("January 2006 – December 2007, 18 months"));

        Assert.Equal("\"January 2006 – December 2007, 18 months\": January 2006 to December 2007 is 24 months, not 18.", invalid.Message);
    }

    [Fact]
    public void Two_durations_are_refused()
    {
        var invalid = Assert.IsType<PeriodReading.Invalid>(PeriodText.Read("12 months, then 24 months"));

        Assert.Contains("more than one duration", invalid.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("phase two")]
    [InlineData("March 2011 - soon")]
    [InlineData("from tomorrow")]
    [InlineData("until the end")]
    public void Text_that_is_not_a_period_is_refused_naming_it(string text)
    {
        var invalid = Assert.IsType<PeriodReading.Invalid>(PeriodText.Read(text));

        Assert.StartsWith($"\"{text}\" is not a period", invalid.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("December 1985 – June 1986")]
    [InlineData("from 2101")]
    public void Months_outside_the_years_a_period_can_have_are_refused(string text)
    {
        var invalid = Assert.IsType<PeriodReading.Invalid>(PeriodText.Read(text));

        Assert.Contains("1990 to 2100", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_digit_years_are_refused_with_the_reason()
    {
        var invalid = Assert.IsType<PeriodReading.Invalid>(PeriodText.Read("12/04 - 06/06"));

        Assert.Contains("two digits", invalid.Message, StringComparison.Ordinal);
    }

    private static DateOnly Month(string yearMonth) => DateOnly.ParseExact(yearMonth + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? MonthOrNull(string? yearMonth) => yearMonth is null ? null : Month(yearMonth);
}
