using System.Text;
using Microsoft.Extensions.Options;
using MobilityPartnerships.SpreadsheetProbe;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading;

/// <summary>Each limit of <see cref="SpreadsheetLimits"/>: a file just past it is refused with the limit's own message.</summary>
public sealed class SpreadsheetLimitsTests
{
    private static string Refusal(byte[] content, SpreadsheetLimits limits, string name = "sheet.xlsx", TimeProvider? clock = null) =>
        Assert.IsType<SheetReading.Refused>(new SpreadsheetReader(Options.Create(limits), clock ?? TimeProvider.System).Read(content, name, null, CancellationToken.None)).Message;

    private static Workbook Read(byte[] content, SpreadsheetLimits limits) =>
        Assert.IsType<SheetReading.Read>(new SpreadsheetReader(Options.Create(limits)).Read(content, "sheet.xlsx", null, CancellationToken.None)).Workbook;

    private static byte[] Xlsx(string sheetData, string? sharedStrings = null)
    {
        using var stream = new MemoryStream();
        SpreadsheetBombs.WriteWorkbook(stream, w => w.Write(sheetData), sharedStrings is null ? null : w => w.Write(sharedStrings));
        return stream.ToArray();
    }

    private static string Rows(int count, Func<int, string> cells) =>
        string.Concat(Enumerable.Range(1, count).Select(r => $"<row r=\"{r}\">{cells(r)}</row>"));

    [Fact]
    public void A_row_with_more_cells_than_the_limit_is_refused_naming_the_row()
    {
        var xlsx = Xlsx(Rows(2, r => r == 1 ? "<c r=\"A1\" t=\"inlineStr\"><is><t>Title</t></is></c>" : string.Concat(Enumerable.Repeat($"<c r=\"A{r}\"><v>1</v></c>", 6))));
        Assert.Equal(ImportMessages.TooManyCellsInRow("Initiatives", 2, 5), Refusal(xlsx, new SpreadsheetLimits { MaxCellsPerRow = 5 }));
        Assert.Equal("Row 2 of the sheet \"Initiatives\" holds more than 5 cells, the most one row may hold. Nothing was stored. Delete the cells beyond your data, or save the file again from Excel or LibreOffice, and upload it again.",
            ImportMessages.TooManyCellsInRow("Initiatives", 2, 5));
        Assert.Single(Read(xlsx, new SpreadsheetLimits { MaxCellsPerRow = 6 }).Sheets);

        var csv = Encoding.UTF8.GetBytes("Title\n1,2,3,4,5,6\n");
        Assert.Equal(ImportMessages.TooManyCellsInRow("rows", 2, 5), Refusal(csv, new SpreadsheetLimits { MaxCellsPerRow = 5 }, "rows.csv"));
    }

    [Fact]
    public void A_cell_beyond_the_last_column_allowed_is_refused_naming_both_columns()
    {
        var xlsx = Xlsx(Rows(2, r => $"<c r=\"A{r}\"><v>1</v></c><c r=\"D{r}\"><v>1</v></c>"));
        Assert.Equal("The sheet \"Initiatives\" has a cell in column D, beyond column C, the last one that can be imported. Nothing was stored. Delete the columns beyond your data, or move the columns you need to the left, and upload the file again.",
            Refusal(xlsx, new SpreadsheetLimits { MaxColumns = 3 }));

        var csv = Encoding.UTF8.GetBytes("Title,,,Budget\n");
        Assert.Equal(ImportMessages.ColumnBeyond("columns", 3, 3), Refusal(csv, new SpreadsheetLimits { MaxColumns = 3 }, "columns.csv"));
    }

    [Fact]
    public void A_column_beyond_XFD_is_refused_whatever_the_limit_and_however_many_letters_it_has()
    {
        // Nine letters overflowed the column number before: the cell landed at a negative index and the page failed.
        var xlsx = Xlsx(Rows(1, _ => "<c r=\"AAAAAAAAA1\"><v>1</v></c>"));
        Assert.Equal(ImportMessages.ColumnBeyond("Initiatives", SpreadsheetLimits.LastColumn, SpreadsheetLimits.LastColumn), Refusal(xlsx, new SpreadsheetLimits { MaxColumns = SpreadsheetLimits.LastColumn }));
        Assert.Contains("column XFE, beyond column XFD", Refusal(xlsx, new SpreadsheetLimits { MaxColumns = SpreadsheetLimits.LastColumn }), StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_padded_out_to_a_far_column_count_towards_the_cells_in_all()
    {
        // Three rows, each one filled cell in column E: five cells each once padded, fifteen in all.
        var xlsx = Xlsx(Rows(3, r => $"<c r=\"E{r}\"><v>1</v></c>"));
        Assert.Equal("The file holds more than 10 cells (blank cells between filled ones included), the most that can be imported at once. Nothing was stored. Split it into smaller files.",
            Refusal(xlsx, new SpreadsheetLimits { MaxCells = 10 }));
        Assert.Equal(3, Read(xlsx, new SpreadsheetLimits { MaxCells = 15 }).Sheets[0].Rows.Count);

        var csv = Encoding.UTF8.GetBytes("a,b,c,d\ne,f,g,h\ni,j,k,l\n");
        Assert.Equal(ImportMessages.TooManyCells(10), Refusal(csv, new SpreadsheetLimits { MaxCells = 10 }, "cells.csv"));
    }

    [Fact]
    public void Merged_cells_spread_over_far_columns_count_towards_the_cells_in_all()
    {
        var xlsx = Xlsx(Rows(4, r => $"<c r=\"A{r}\"><v>{r}</v></c>") + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells><sheetData>");
        Assert.Equal(ImportMessages.TooManyCells(1_000), Refusal(xlsx, new SpreadsheetLimits { MaxCells = 1_000 }));
    }

    [Fact]
    public void More_empty_rows_than_the_limit_are_refused()
    {
        var xlsx = Xlsx("<row r=\"1\"/><row r=\"2\"><c r=\"A2\" s=\"0\"/></row><row r=\"3\"/><row r=\"4\"><c r=\"A4\"><v>1</v></c></row>");
        Assert.Equal("The file holds more than 2 empty rows, the most that can be read. Nothing was stored. Delete the empty rows below the data (select them, then Delete rows) and upload the file again.",
            Refusal(xlsx, new SpreadsheetLimits { MaxBlankRows = 2 }));
        Assert.Single(Read(xlsx, new SpreadsheetLimits { MaxBlankRows = 3 }).Sheets[0].Rows);

        Assert.Equal(ImportMessages.TooManyBlankRows(2), Refusal(Encoding.UTF8.GetBytes("Title\n,\n,,\n\"\"\n"), new SpreadsheetLimits { MaxBlankRows = 2 }, "blank.csv"));
    }

    [Fact]
    public void A_table_of_texts_past_its_count_or_its_size_is_refused()
    {
        var xlsx = Xlsx(Rows(1, _ => "<c r=\"A1\" t=\"s\"><v>0</v></c>"), "<si><t>Title</t></si><si><t>Budget</t></si><si><r><t>Sta</t></r><r><t>rt</t></r></si>");
        Assert.Equal("The file holds more than 2 different texts, the most that can be read. Nothing was stored. Split it into smaller files.",
            Refusal(xlsx, new SpreadsheetLimits { MaxSharedStrings = 2 }));
        Assert.Equal("The texts of the file's cells take more than 14 KB in all, the most that can be read. Nothing was stored. Split it into smaller files.",
            ImportMessages.TextsTooLarge(14 * 1024));
        Assert.Equal(ImportMessages.TextsTooLarge(15), Refusal(xlsx, new SpreadsheetLimits { MaxSharedStringBytes = 15 }));
        Assert.Equal("Title", Read(xlsx, new SpreadsheetLimits { MaxSharedStrings = 3, MaxSharedStringBytes = 16 }).Sheets[0].Rows[0][0].Text);
    }

    [Fact]
    public void A_part_that_unpacks_past_its_limit_is_refused_naming_it_whatever_the_zip_declares()
    {
        var xlsx = Xlsx(Rows(100, r => $"<c r=\"A{r}\"><v>{r}</v></c>"));
        Assert.Equal("The part xl/worksheets/sheet1.xml of the file unpacks to more than 2 KB, the most one part may take. Nothing was stored. Split the file into smaller files, or save it again from Excel or LibreOffice.",
            Refusal(xlsx, new SpreadsheetLimits { MaxPartBytes = 2048 }));
    }

    [Fact]
    public void Unpacked_bytes_are_counted_as_they_are_read_not_taken_from_a_declared_length()
    {
        // A stream that cannot say its length, as a decompressor: the count refuses once the bytes read pass the limit.
        var inflated = new InflatedBytes(new SpreadsheetLimits { MaxInflatedBytes = 10_000 });
        using var part = inflated.Count(new UnknownLength(new byte[3000]), "xl/worksheets/sheet1.xml", 2048);
        var buffer = new byte[1000];
        part.ReadExactly(buffer);
        part.ReadExactly(buffer);
        Assert.Equal(ImportMessages.PartTooLarge("xl/worksheets/sheet1.xml", 2048), Assert.Throws<Refusal>(() => part.ReadExactly(buffer)).Message);
        Assert.Equal(3000, inflated.Total);
    }

    [Fact]
    public void The_parts_describing_the_workbook_share_a_smaller_limit()
    {
        var xlsx = Xlsx(Rows(1, _ => "<c r=\"A1\"><v>1</v></c>"));
        Assert.Equal(ImportMessages.PartTooLarge("[Content_Types].xml", 100), Refusal(xlsx, new SpreadsheetLimits { MaxStructurePartBytes = 100 }));
        Assert.Single(Read(xlsx, new SpreadsheetLimits { MaxStructurePartBytes = 4096 }).Sheets);
    }

    [Fact]
    public void A_workbook_of_more_parts_than_the_limit_is_refused_before_its_parts_are_listed()
    {
        var xlsx = Xlsx(Rows(1, _ => "<c r=\"A1\"><v>1</v></c>"));
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx)))
        {
            Assert.Equal(ImportMessages.TooManyParts(zip.Entries.Count - 1), Refusal(xlsx, new SpreadsheetLimits { MaxParts = zip.Entries.Count - 1 }));
            Assert.Single(Read(xlsx, new SpreadsheetLimits { MaxParts = zip.Entries.Count }).Sheets);
        }

        Assert.Equal(
            "The file holds more than 3 parts, more than a workbook of initiatives needs. Nothing was stored. Save the sheet again from Excel or LibreOffice, or export it as CSV.",
            Refusal(xlsx, new SpreadsheetLimits { MaxParts = 3 }));
    }

    [Fact]
    public void A_workbook_that_unpacks_past_the_limit_in_all_is_refused()
    {
        var xlsx = Xlsx(Rows(100, r => $"<c r=\"A{r}\"><v>{r}</v></c>"));
        Assert.Equal("The file unpacks to more than 3 KB in all, the most that can be read. Nothing was stored. Split it into smaller files.",
            Refusal(xlsx, new SpreadsheetLimits { MaxInflatedBytes = 3 * 1024 }));
    }

    [Fact]
    public void Reading_past_the_time_limit_is_stopped_with_its_message()
    {
        var csv = Encoding.UTF8.GetBytes("Title\n" + string.Concat(Enumerable.Range(1, 3000).Select(i => $"Initiative {i}\n")));
        Assert.Equal("Reading the file took longer than 60 seconds, the most allowed, and was stopped. Nothing was stored. Split it into smaller files.",
            Refusal(csv, new SpreadsheetLimits(), "slow.csv", new ElapsedClock()));
        Assert.Equal(ImportMessages.TookTooLong(60), Refusal(Xlsx(Rows(2000, r => $"<c r=\"A{r}\"><v>{r}</v></c>")), new SpreadsheetLimits(), clock: new ElapsedClock()));
    }

    [Fact]
    public void Reading_cancelled_by_the_user_stops_and_is_not_a_refusal()
    {
        var csv = Encoding.UTF8.GetBytes("Title\n" + string.Concat(Enumerable.Range(1, 3000).Select(i => $"Initiative {i}\n")));
        Assert.ThrowsAny<OperationCanceledException>(() => new SpreadsheetReader(Options.Create(new SpreadsheetLimits())).Read(csv, "slow.csv", null, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_CSV_row_the_parser_rejects_is_a_message_naming_the_row()
    {
        Assert.Equal("Row 3 of the CSV file cannot be read: \u201Cc\u201D (U+0063) follows the closing quotation mark of a cell (a cell in quotes must end with a quotation mark followed by a separator or the end of the line; a quotation mark inside it is written twice). Nothing was stored. Correct that row and upload the file again.",
            Refusal(Encoding.UTF8.GetBytes("Title,Budget\nFirst,1\n\"Second\"c,2\n"), new SpreadsheetLimits(), "quotes.csv"));
        Assert.Equal(ImportMessages.CsvQuoting(2), Refusal(Encoding.UTF8.GetBytes("Title,Budget\n\"Never closed,1\nThird,3\n"), new SpreadsheetLimits(), "open.csv"));
    }

    /// <summary>A stream of bytes that does not say how many it holds.</summary>
    private sealed class UnknownLength(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }

    /// <summary>A clock on which every time limit has already passed.</summary>
    private sealed class ElapsedClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callback(state);
            return new Stopped();
        }

        private sealed class Stopped : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
