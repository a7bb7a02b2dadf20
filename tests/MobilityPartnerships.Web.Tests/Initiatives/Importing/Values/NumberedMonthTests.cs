using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>
/// A Start or End cell a spreadsheet keeps as a number: a year typed into it ("2026", which Excel and LibreOffice store
/// as a number) reads as the same text in a CSV does, the start of a range as January and its end as December; a
/// number that is one of Excel's date serials stays that day's month.
/// </summary>
public sealed class NumberedMonthTests
{
    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 12)]
    public void A_year_kept_as_a_number_is_read_as_the_year(bool end, int month)
    {
        var read = ImportCellValues.Month(new SheetCell("2026", Number: 2026m), end);

        Assert.Equal(new Parsed<DateOnly?>.Value(new DateOnly(2026, month, 1)), read);
        Assert.Equal(ImportCellValues.Month(new SheetCell("2026"), end), read);
    }

    [Fact]
    public void A_date_serial_kept_as_a_number_is_read_as_its_month()
    {
        Assert.Equal(new Parsed<DateOnly?>.Value(new DateOnly(2023, 3, 1)), ImportCellValues.Month(new SheetCell("45000", Number: 45000m), end: false));
    }

    [Theory]
    [InlineData("1800")]
    [InlineData("12")]
    [InlineData("99999")]
    public void Another_number_is_refused_as_the_same_text_is(string text)
    {
        var read = ImportCellValues.Month(new SheetCell(text, Number: decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)), end: false);

        Assert.IsType<Parsed<DateOnly?>.Invalid>(read);
        Assert.Equal(ImportCellValues.Month(new SheetCell(text), end: false), read);
    }
}
