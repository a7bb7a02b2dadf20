using System.Text;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Hosting.Languages;
using static MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading.TestWorkbooks;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading;

/// <summary>Every kind of file a user may upload: read as its sheets, or refused with a message that says why.</summary>
public sealed class SpreadsheetReaderTests
{
    private static SpreadsheetReader Reader(long maxBytes = 10 * 1024 * 1024, int maxRows = 20_000) =>
        new(Options.Create(new SpreadsheetLimits { MaxFileBytes = maxBytes, MaxRows = maxRows }));

    private static Workbook Read(byte[] content, string name = "sheet.xlsx") =>
        Reader().Read(content, name, null, CancellationToken.None) switch
        {
            SheetReading.Read read => read.Workbook,
            SheetReading.Refused refused => throw new Xunit.Sdk.XunitException($"Refused: {refused.Message}"),
            _ => throw new InvalidOperationException(),
        };

    private static string Refusal(byte[] content, string name = "sheet.xlsx", SpreadsheetReader? reader = null) =>
        Assert.IsType<SheetReading.Refused>((reader ?? Reader()).Read(content, name, null, CancellationToken.None)).Message;

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("The file is empty.", Refusal([]));
    }

    [Fact]
    public void A_file_that_is_not_a_spreadsheet_is_refused_whatever_its_name()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n\0\0binary");
        Assert.Contains("not a spreadsheet", Refusal(pdf, "scoreboard.xlsx"), StringComparison.Ordinal);
        Assert.Contains("not a spreadsheet", Refusal(pdf, "scoreboard.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        Assert.Contains("not an Excel workbook", Refusal(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_xls_file_is_refused_with_how_to_save_it()
    {
        Assert.Contains("save it as an Excel workbook (.xlsx)", Refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_user_is_told_why_a_file_is_refused_in_french()
    {
        var csv = Encoding.UTF8.GetBytes("Title\n" + string.Concat(Enumerable.Repeat("An initiative\n", 200)));
        var (empty, legacy, large) = Language.In("fr", () =>
            (Refusal([], "empty.csv"), Refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), Refusal(csv, "big.csv", Reader(maxBytes: 1000))));

        Assert.Equal("Le fichier est vide.", empty);
        Assert.Contains("ancien fichier Excel (.xls)", legacy, StringComparison.Ordinal);
        Assert.Equal("Le fichier dépasse 1 KB, le maximum importable en une fois. Répartissez-le en fichiers plus petits.", large);
    }

    [Fact]
    public void A_file_above_the_size_limit_is_refused_with_the_limit()
    {
        var csv = Encoding.UTF8.GetBytes("Title\n" + string.Concat(Enumerable.Repeat("An initiative\n", 200)));
        Assert.Equal("The file is larger than 1 KB, the most that can be imported at once. Split it into smaller files.", Refusal(csv, "big.csv", Reader(maxBytes: 1000)));
        Assert.Contains("larger than 10 MB", Refusal(new byte[(10 * 1024 * 1024) + 1], "big.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_with_more_rows_than_the_limit_is_refused_with_the_limit()
    {
        var csv = Encoding.UTF8.GetBytes("Title\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"Initiative {i}\n")));
        Assert.Contains("more than 20 rows", Refusal(csv, "rows.csv", Reader(maxRows: 20)), StringComparison.Ordinal);
        var xlsx = Build(new TestSheet("Initiatives", [.. Enumerable.Range(1, 30).Select(i => new TestCell($"A{i}", Text: $"Initiative {i}"))]));
        Assert.Contains("more than 20 rows", Refusal(xlsx, "rows.xlsx", Reader(maxRows: 20)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_sheets_are_all_empty_is_refused()
    {
        Assert.Contains("holds no rows", Refusal(Build(new TestSheet("Empty", [])), "empty.xlsx"), StringComparison.Ordinal);
        Assert.Contains("holds no rows", Refusal(Encoding.UTF8.GetBytes("\n\n;;\n"), "empty.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_cells_are_read_as_their_stored_values_and_a_formula_without_one_is_marked()
    {
        var workbook = Read(Build(new TestSheet("Initiatives",
        [
            new TestCell("A1", Text: "Title"), new TestCell("B1", Text: "Total budget"),
            new TestCell("A2", Text: "With a value"), new TestCell("B2", Formula: "C2*2", CachedValue: "1718465.95"),
            new TestCell("A3", Text: "Without a value"), new TestCell("B3", Formula: "C3*2"),
        ])));
        var rows = workbook.Sheets[0].Rows;
        Assert.Equal(1718465.95m, rows[1][1].Number);
        Assert.True(rows[2][1].FormulaWithoutValue);
        Assert.False(rows[2][1].IsBlank);
    }

    [Fact]
    public void A_number_shown_as_a_percentage_is_read_as_the_percentage_shown_not_as_a_bare_number()
    {
        var workbook = Read(Build(new TestSheet("Initiatives",
        [
            new TestCell("A1", Text: "Title"), new TestCell("B1", Text: "Total budget"), new TestCell("C1", Text: "EU contribution"),
            new TestCell("A2", Text: "Shown as 50%"), new TestCell("B2", Number: 0.5, NumberFormatId: 9), new TestCell("C2", Number: 0.125, NumberFormatId: 10),
        ])));
        var row = workbook.Sheets[0].Rows[1];
        Assert.Equal(("50%", (decimal?)null), (row[1].Text, row[1].Number));
        Assert.Equal(("12.5%", (decimal?)null), (row[2].Text, row[2].Number));
    }

    [Fact]
    public void Dates_stored_as_serial_numbers_are_read_as_dates_and_plain_numbers_stay_numbers()
    {
        var workbook = Read(Build(new TestSheet("Initiatives",
        [
            new TestCell("A1", Text: "Start"), new TestCell("B1", Text: "Total budget"), new TestCell("C1", Text: "Start as text"),
            new TestCell("A2", Number: 38322, NumberFormatId: 14), new TestCell("B2", Number: 38322), new TestCell("C2", Text: "December 2004"),
            new TestCell("A3", Number: 38322, NumberFormatId: 17),
        ])));
        var rows = workbook.Sheets[0].Rows;
        Assert.Equal(new DateOnly(2004, 12, 1), rows[1][0].Date);
        Assert.Null(rows[1][1].Date);
        Assert.Equal(38322m, rows[1][1].Number);
        Assert.Equal("December 2004", rows[1][2].Text);
        Assert.Equal(new DateOnly(2004, 12, 1), rows[2][0].Date);
    }

    [Fact]
    public void A_merged_cell_gives_its_value_to_every_cell_of_the_range()
    {
        var workbook = Read(Build(new TestSheet("Initiatives",
        [
            new TestCell("A1", Text: "Pillar"), new TestCell("B1", Text: "Title"),
            new TestCell("A2", Text: "Legal migration"), new TestCell("B2", Text: "First"),
            new TestCell("B3", Text: "Second"),
            new TestCell("B4", Text: "Third"),
        ], Merges: ["A2:A4"])));
        var rows = workbook.Sheets[0].Rows;
        Assert.All(rows.Skip(1), row => Assert.Equal("Legal migration", row[0].Text));
    }

    [Fact]
    public void Hidden_sheets_are_read_but_marked_hidden()
    {
        var workbook = Read(Build(
            new TestSheet("Lists", [new TestCell("A1", Text: "Title"), new TestCell("A2", Text: "Hidden list")], Hidden: true),
            new TestSheet("Initiatives", [new TestCell("A1", Text: "Title"), new TestCell("A2", Text: "Shown")])));
        Assert.Equal(["Initiatives"], workbook.VisibleSheets.Select(s => s.Name));
        Assert.True(workbook.Named("Lists")!.IsHidden);
    }

    [Fact]
    public void Csv_is_read_with_its_separator_quotes_and_encoding()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Title;Location\n\"Migrations en Sécurité; MESURE\";\"Tunisia\n– Italy\"\n")).ToArray();
        var semicolon = Read(withBom, "mesure.csv").Sheets[0];
        Assert.Equal("Title", semicolon.Rows[0][0].Text);
        Assert.Equal("Migrations en Sécurité; MESURE", semicolon.Rows[1][0].Text);
        Assert.Equal("Tunisia\n– Italy", semicolon.Rows[1][1].Text);

        var latin1 = Read(Encoding.Latin1.GetBytes("Title,Location\nCo-développement,Maroc\n"), "latin.csv").Sheets[0];
        Assert.Equal("Co-développement", latin1.Rows[1][0].Text);
    }

    [Fact]
    public void Csv_that_is_not_utf8_is_read_as_windows_1252_as_excel_saves_it_in_western_europe()
    {
        // Excel's "CSV (Comma delimited)": the euro sign 0x80, the en dash 0x96, curly quotes 0x93/0x94, é 0xE9.
        byte[] ansi = [.. Encoding.ASCII.GetBytes("Title,Total budget\n"), 0x93, .. Encoding.ASCII.GetBytes("Pilot"), 0x94, (byte)' ',
            .. Encoding.ASCII.GetBytes("2024 "), 0x96, .. Encoding.ASCII.GetBytes(" 2025 co-d"), 0xE9, .. Encoding.ASCII.GetBytes("veloppement,"),
            0x80, .. Encoding.ASCII.GetBytes(" 1000\n")];
        var sheet = Read(ansi, "ansi.csv").Sheets[0];
        Assert.Equal("\u201CPilot\u201D 2024 \u2013 2025 co-d\u00E9veloppement", sheet.Rows[1][0].Text);
        Assert.Equal("\u20AC 1000", sheet.Rows[1][1].Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Csv_with_a_utf16_byte_order_mark_is_read_as_utf16(bool bigEndian)
    {
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var content = utf16.GetPreamble().Concat(utf16.GetBytes("Title\tTotal budget\n\u201CPilot\u201D 2024\u20132025\t\u20AC 1000\n")).ToArray();
        var sheet = Read(content, "unicode.csv").Sheets[0];
        Assert.Equal(["Title", "Total budget"], sheet.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["\u201CPilot\u201D 2024\u20132025", "\u20AC 1000"], sheet.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Csv_with_a_utf16_byte_order_mark_but_broken_text_is_refused_as_not_a_spreadsheet()
    {
        byte[] oddLength = [0xFF, 0xFE, (byte)'T', 0, (byte)'i', 0, 0x00, 0xD8, (byte)'x'];
        Assert.Contains("not a spreadsheet", Refusal(oddLength, "broken.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_rows_are_left_out_but_row_numbers_stay_as_the_sheet_shows_them()
    {
        var sheet = Read(Encoding.UTF8.GetBytes("Title\nFirst\n\n,\nSecond\n"), "gaps.csv").Sheets[0];
        Assert.Equal([1, 2, 5], sheet.Rows.Select(r => r.Number));
    }

    private const string ThemeType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
    private const string SharedStringsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

    private static byte[] SmallWorkbook() =>
        Build(new TestSheet("Initiatives", [new TestCell("A1", Text: "Title"), new TestCell("B1", Text: "Total budget"), new TestCell("A2", Text: "Pilot"), new TestCell("B2", Number: 1000)]));

    private static string WorksheetEntry(System.IO.Compression.ZipArchive zip) =>
        zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal) && !e.FullName.Contains("_rels", StringComparison.Ordinal)).FullName;

    private static void AssertReadsTheSmallWorkbook(byte[] content)
    {
        var sheet = Read(content).Sheets.Single();
        Assert.Equal("Initiatives", sheet.Name);
        Assert.Equal(["Pilot", "1000"], sheet.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_theme_the_reader_does_not_need_is_ignored_even_when_it_cannot_be_read()
    {
        var content = EditPackage(SmallWorkbook(), zip =>
        {
            Put(zip, "xl/theme/theme1.xml", "<a:theme this is not XML");
            RelateFromWorkbook(zip, "rIdTheme", ThemeType, "theme/theme1.xml");
            DeclareContentType(zip, "/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
        });

        AssertReadsTheSmallWorkbook(content);
    }

    [Fact]
    public void A_relationship_to_a_part_the_file_lacks_is_ignored_when_the_reader_does_not_need_it()
    {
        var content = EditPackage(SmallWorkbook(), zip =>
        {
            RelateFromWorkbook(zip, "rIdTheme", ThemeType, "theme/theme1.xml");
            RelateFromWorkbook(zip, "rIdCalc", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain", "calcChain.xml");
        });

        AssertReadsTheSmallWorkbook(content);
    }

    [Fact]
    public void Shared_strings_that_cannot_be_read_are_a_message_naming_the_part()
    {
        var content = EditPackage(SmallWorkbook(), zip =>
        {
            Put(zip, "xl/sharedStrings.xml", "<sst><si><t>broken");
            RelateFromWorkbook(zip, "rIdStrings", SharedStringsType, "sharedStrings.xml");
            DeclareContentType(zip, "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        });

        var message = Refusal(content);

        Assert.Contains("xl/sharedStrings.xml", message, StringComparison.Ordinal);
        Assert.Contains("texts of its cells", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_strings_the_cells_use_but_the_file_lacks_are_a_message_naming_the_part()
    {
        var content = EditPackage(SmallWorkbook(), zip => RelateFromWorkbook(zip, "rIdStrings", SharedStringsType, "sharedStrings.xml"));

        var message = Refusal(content);

        Assert.Contains("xl/sharedStrings.xml", message, StringComparison.Ordinal);
        Assert.Contains("is not in the file", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_that_cannot_be_read_is_a_message_naming_the_sheet_and_its_part()
    {
        string? part = null;
        var content = EditPackage(SmallWorkbook(), zip =>
        {
            part = WorksheetEntry(zip);
            Put(zip, part, "<worksheet><sheetData><row><c>");
        });

        var message = Refusal(content);

        Assert.Contains("\"Initiatives\"", message, StringComparison.Ordinal);
        Assert.Contains(part!, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_whose_part_the_file_lacks_is_a_message_naming_the_sheet()
    {
        string? part = null;
        var content = EditPackage(SmallWorkbook(), zip =>
        {
            part = WorksheetEntry(zip);
            zip.GetEntry(part)!.Delete();
        });

        var message = Refusal(content);

        Assert.Contains("\"Initiatives\"", message, StringComparison.Ordinal);
        Assert.Contains(part!, message, StringComparison.Ordinal);
    }
}
