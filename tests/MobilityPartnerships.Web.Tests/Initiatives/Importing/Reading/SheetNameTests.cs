using System.Text;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using static MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading.TestWorkbooks;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading;

/// <summary>A sheet's name is quoted in the import's messages and page: one of thousands of characters is cut as a cell's value is.</summary>
public sealed class SheetNameTests
{
    private static readonly string LongName = new('S', 30_000);

    [Fact]
    public void A_workbooks_sheet_name_of_thirty_thousand_characters_is_kept_cut()
    {
        var workbook = Read(Build(new TestSheet(LongName, [new TestCell("A1", "Title"), new TestCell("A2", "First")])), "sheet.xlsx");

        Assert.Equal(ShownCell.Of(LongName), Assert.Single(workbook.Sheets).Name);
    }

    [Fact]
    public void A_csv_named_with_thirty_thousand_characters_is_read_as_a_sheet_of_a_cut_name()
    {
        var workbook = Read(Encoding.UTF8.GetBytes("Title\nFirst\n"), LongName + ".csv");

        Assert.True(Assert.Single(workbook.Sheets).Name.Length <= ShownCell.MaxLength + 1);
    }

    private static Workbook Read(byte[] content, string name) =>
        Assert.IsType<SheetReading.Read>(new SpreadsheetReader(Options.Create(new SpreadsheetLimits())).Read(content, name, null, CancellationToken.None)).Workbook;
}
