using System.Text;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using static MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading.TestWorkbooks;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading;

/// <summary>The import neither offers nor reads a workbook's hidden sheets, and says so, naming them.</summary>
public sealed class HiddenSheetsTests
{
    [Fact]
    public void The_hidden_sheets_a_workbook_holds_are_named_as_left_out()
    {
        var workbook = Read(Build(
            new TestSheet("Lists", [new TestCell("A1", "Title"), new TestCell("A2", "Kept aside")], Hidden: true),
            new TestSheet("Initiatives", [new TestCell("A1", "Title"), new TestCell("A2", "First")]),
            new TestSheet("Old rows", [new TestCell("A1", "Title")], Hidden: true)), "book.xlsx");

        Assert.Equal(
            "Hidden sheets are not imported: \"Lists\", \"Old rows\". To import one, show it in your spreadsheet program and upload the file again.",
            ImportMessages.HiddenSheetsLeftOut(workbook));
    }

    [Fact]
    public void Beyond_five_hidden_sheets_the_rest_are_counted()
    {
        var hidden = Enumerable.Range(1, 8).Select(i => new TestSheet($"Hidden {i}", [new TestCell("A1", "Title")], Hidden: true));
        var workbook = Read(Build([new TestSheet("Initiatives", [new TestCell("A1", "Title"), new TestCell("A2", "First")]), .. hidden]), "book.xlsx");

        Assert.EndsWith("\"Hidden 5\" and 3 more. To import one, show it in your spreadsheet program and upload the file again.", ImportMessages.HiddenSheetsLeftOut(workbook), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_said_when_no_sheet_is_hidden()
    {
        Assert.Null(ImportMessages.HiddenSheetsLeftOut(Read(Encoding.UTF8.GetBytes("Title\nFirst\n"), "sheet.csv")));
        Assert.Null(ImportMessages.HiddenSheetsLeftOut(Read(Build(new TestSheet("Initiatives", [new TestCell("A1", "Title")])), "book.xlsx")));
    }

    private static Workbook Read(byte[] content, string name) =>
        Assert.IsType<SheetReading.Read>(new SpreadsheetReader(Options.Create(new SpreadsheetLimits())).Read(content, name, null, CancellationToken.None)).Workbook;
}
