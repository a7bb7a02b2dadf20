using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// An exported workbook as a user edits it in a spreadsheet program: a cell found by its sheet, its column's header and
/// the row's reference code, given a new number. Says where the cell is ("V2"), as the preview names it.
/// </summary>
internal static class EditedWorkbook
{
    public const string FundingLines = "Funding lines";

    /// <summary>The first sheet that is not the "Funding lines" sheet: the partnership's.</summary>
    public static string MainSheet(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        return document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).First(n => n != FundingLines);
    }

    /// <summary>The rows (1-based, as the spreadsheet shows them) of a sheet whose reference code is <paramref name="code"/>.</summary>
    public static IReadOnlyList<int> RowsOf(byte[] workbook, string sheetName, string code)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = RowsOf(document, sheetName);
        var codeColumn = ColumnOf(rows, "Reference code");
        return [.. rows.Where(r => r.Elements<Cell>().Any(c => Letters(c) == codeColumn && TextOf(c) == code)).Select(r => (int)r.RowIndex!.Value)];
    }

    /// <summary>The values (as the cells store them: text, or a number in invariant digits) under <paramref name="header"/> on the rows with the code.</summary>
    public static IReadOnlyList<string> ValuesOf(byte[] workbook, string sheetName, string code, string header)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = RowsOf(document, sheetName);
        var column = ColumnOf(rows, header);
        var codeColumn = ColumnOf(rows, "Reference code");
        return
        [
            .. rows.Where(r => r.Elements<Cell>().Any(c => Letters(c) == codeColumn && TextOf(c) == code))
                .Select(r => r.Elements<Cell>().FirstOrDefault(c => Letters(c) == column) is { } cell ? TextOf(cell) : string.Empty),
        ];
    }

    /// <summary>Sets the number in the cell under <paramref name="header"/> on the <paramref name="occurrence"/>th row with the code; returns its reference ("V2").</summary>
    public static string SetNumber(ref byte[] workbook, string sheetName, string code, string header, decimal value, int occurrence = 0) =>
        Set(ref workbook, sheetName, code, header, cell => cell.CellValue = new CellValue(value), occurrence);

    /// <summary>Sets the text in the cell, as a user types it; returns its reference ("V2").</summary>
    public static string SetText(ref byte[] workbook, string sheetName, string code, string header, string value, int occurrence = 0) =>
        Set(ref workbook, sheetName, code, header, cell =>
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(value));
        }, occurrence);

    /// <summary>The workbook without one of its sheets, as a user who copies the partnership's sheet alone into a new file has it.</summary>
    public static void RemoveSheet(ref byte[] workbook, string sheetName)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbookPart = document.WorkbookPart!;
            var sheet = workbookPart.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var part = workbookPart.GetPartById(sheet.Id!);
            sheet.Remove();
            workbookPart.DeletePart(part);
            workbookPart.Workbook.DefinedNames?.Remove();
        }

        workbook = stream.ToArray();
    }

    private static string Set(ref byte[] workbook, string sheetName, string code, string header, Action<Cell> write, int occurrence)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        string reference;
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var rows = RowsOf(document, sheetName);
            var column = ColumnOf(rows, header);
            var codeColumn = ColumnOf(rows, "Reference code");
            var row = rows.Where(r => r.Elements<Cell>().Any(c => Letters(c) == codeColumn && TextOf(c) == code)).ElementAt(occurrence);
            reference = column + row.RowIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cell = row.Elements<Cell>().SingleOrDefault(c => c.CellReference == reference);
            if (cell is null)
            {
                cell = new Cell { CellReference = reference };
                var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(Letters(c).PadLeft(3), column.PadLeft(3)) < 0);
                if (after is null)
                {
                    row.PrependChild(cell);
                }
                else
                {
                    after.InsertAfterSelf(cell);
                }
            }

            cell.RemoveAllChildren();
            cell.DataType = null;
            write(cell);
        }

        workbook = stream.ToArray();
        return reference;
    }

    private static List<Row> RowsOf(SpreadsheetDocument document, string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return [.. part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>()];
    }

    private static string ColumnOf(List<Row> rows, string header) =>
        Letters(rows[0].Elements<Cell>().First(c => TextOf(c) == header));

    private static string TextOf(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;

    private static string Letters(Cell cell) => new([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
}
