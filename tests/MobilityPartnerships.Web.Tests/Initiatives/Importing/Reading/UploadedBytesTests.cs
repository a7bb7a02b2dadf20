using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using static MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading.TestWorkbooks;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading;

/// <summary>
/// What reading gives the page (the workbook it keeps until the import ends) holds the file's cells, not the file: the
/// uploaded bytes, up to the size limit, can be collected once the sheets are read.
/// </summary>
public sealed class UploadedBytesTests
{
    [Fact]
    public void A_read_workbook_keeps_nothing_of_an_uploaded_workbooks_bytes() =>
        AssertCollectedWhileKept(() => Build(new TestSheet("Sheet1", [new TestCell("A1", "Title"), new TestCell("A2", "First")])), "sheet.xlsx");

    [Fact]
    public void A_read_workbook_keeps_nothing_of_an_uploaded_csvs_bytes() =>
        AssertCollectedWhileKept(() => Encoding.UTF8.GetBytes("Title\nFirst\n"), "sheet.csv");

    private static void AssertCollectedWhileKept(Func<byte[]> file, string name)
    {
        var (bytes, workbook) = Read(file, name);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(bytes.IsAlive);
        Assert.Equal("First", Assert.Single(workbook.Sheets).Rows[1][0].Text);
    }

    // Not inlined, so that nothing of this frame keeps the bytes alive while the caller collects.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Bytes, Workbook Workbook) Read(Func<byte[]> file, string name)
    {
        var content = file();
        var reading = new SpreadsheetReader(Options.Create(new SpreadsheetLimits())).Read(content, name, null, CancellationToken.None);
        return (new WeakReference(content), Assert.IsType<SheetReading.Read>(reading).Workbook);
    }
}
