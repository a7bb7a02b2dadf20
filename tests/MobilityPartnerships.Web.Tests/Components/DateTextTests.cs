using System.Globalization;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>What people type into a month or date field is read as they meant it, or refused with the reason.</summary>
public sealed class DateTextTests : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;

    public DateTextTests() => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");

    public void Dispose() => CultureInfo.CurrentCulture = culture;

    [Theory]
    [InlineData("March 2027")]
    [InlineData("march 2027")]
    [InlineData("Mar 2027")]
    [InlineData("Mar. 2027")]
    [InlineData("  March   2027 ")]
    [InlineData("03/2027")]
    [InlineData("3/2027")]
    [InlineData("03.2027")]
    [InlineData("2027-03")]
    [InlineData("2027/03")]
    [InlineData("mars 2027")]
    [InlineData("2027-03-17")]
    [InlineData("17 March 2027")]
    public void A_month_is_read_as_its_first_day(string typed) =>
        Assert.Equal(new DateReading.Read(new DateOnly(2027, 3, 1)), DateText.Read(typed, DatePart.Month));

    [Theory]
    [InlineData("5 Dec 2026")]
    [InlineData("5 December 2026")]
    [InlineData("5. Dez. 2026")]
    [InlineData("December 5, 2026")]
    [InlineData("Dec 5 2026")]
    [InlineData("2026-12-05")]
    [InlineData("05/12/2026")]
    [InlineData("5.12.2026")]
    [InlineData("5-12-2026")]
    public void A_day_is_read_day_first(string typed) =>
        Assert.Equal(new DateReading.Read(new DateOnly(2026, 12, 5)), DateText.Read(typed, DatePart.Day));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Nothing_typed_clears_the_field(string? typed)
    {
        Assert.IsType<DateReading.Empty>(DateText.Read(typed, DatePart.Month));
        Assert.IsType<DateReading.Empty>(DateText.Read(typed, DatePart.Day));
    }

    [Theory]
    [InlineData("13/2027", DatePart.Month, DateText.NoSuchMonth)]
    [InlineData("2027-13", DatePart.Month, DateText.NoSuchMonth)]
    [InlineData("0/2027", DatePart.Month, DateText.NoSuchMonth)]
    [InlineData("12/13/2026", DatePart.Day, DateText.NoSuchMonth)]
    [InlineData("Smarch 2027", DatePart.Month, DateText.UnknownMonthName)]
    [InlineData("5 Smarch 2027", DatePart.Day, DateText.UnknownMonthName)]
    [InlineData("31/02/2026", DatePart.Day, DateText.NoSuchDay)]
    [InlineData("2026-02-30", DatePart.Month, DateText.NoSuchDay)]
    [InlineData("March 27", DatePart.Month, DateText.TwoDigitYear)]
    [InlineData("03/27", DatePart.Month, DateText.TwoDigitYear)]
    [InlineData("5/12/26", DatePart.Day, DateText.TwoDigitYear)]
    [InlineData("March 2027", DatePart.Day, DateText.NeedsDay)]
    [InlineData("2027-03", DatePart.Day, DateText.NeedsDay)]
    [InlineData("next spring", DatePart.Month, DateText.NotAMonth)]
    [InlineData("2027", DatePart.Month, DateText.NotAMonth)]
    [InlineData("March", DatePart.Month, DateText.NotAMonth)]
    [InlineData("soon", DatePart.Day, DateText.NotADay)]
    [InlineData("March 2027 or so", DatePart.Month, DateText.NotAMonth)]
    public void Bad_input_is_refused_with_its_reason(string typed, DatePart part, string reason)
    {
        var refused = Assert.IsType<DateReading.Refused>(DateText.Read(typed, part));
        Assert.Equal(reason, refused.MessageKey);
    }

    [Fact]
    public void A_refusal_names_what_is_wrong()
    {
        Assert.Equal([13], Assert.IsType<DateReading.Refused>(DateText.Read("13/2027", DatePart.Month)).Arguments);
        Assert.Equal(["Smarch"], Assert.IsType<DateReading.Refused>(DateText.Read("Smarch 2027", DatePart.Month)).Arguments);
        Assert.Equal(["February 2026", 31], Assert.IsType<DateReading.Refused>(DateText.Read("31/02/2026", DatePart.Day)).Arguments);
    }

    [Theory]
    [InlineData(DatePart.Month, "March 2027")]
    [InlineData(DatePart.Day, "1 March 2027")]
    public void What_a_field_shows_reads_back_as_the_same_value(DatePart part, string shown)
    {
        var value = new DateOnly(2027, 3, 1);
        Assert.Equal(shown, DateText.Write(value, part));
        Assert.Equal(new DateReading.Read(value), DateText.Read(DateText.Write(value, part), part));
    }
}
