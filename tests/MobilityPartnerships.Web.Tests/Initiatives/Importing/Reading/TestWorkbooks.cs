using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Reading;

/// <summary>Small .xlsx workbooks written with the Open XML SDK, shaped as users' files are: styles, formulas, merges, hidden sheets.</summary>
internal static class TestWorkbooks
{
    /// <summary>A cell to write: text, a number (with an optional built-in number format id), or a formula with or without its stored value.</summary>
    public sealed record TestCell(string Reference, string? Text = null, double? Number = null, uint? NumberFormatId = null, string? Formula = null, string? CachedValue = null);

    public sealed record TestSheet(string Name, IReadOnlyList<TestCell> Cells, bool Hidden = false, IReadOnlyList<string>? Merges = null);

    public static byte[] Build(params TestSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var formats = sheets.SelectMany(s => s.Cells).Select(c => c.NumberFormatId).OfType<uint>().Distinct().ToList();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new[] { new CellFormat() }.Concat(formats.Select(id => new CellFormat { NumberFormatId = id, ApplyNumberFormat = true }))));
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in sheet.Cells.GroupBy(c => uint.Parse(new string(c.Reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture)).OrderBy(g => g.Key))
                {
                    data.Append(new Row(row.Select(c => CellOf(c, formats))) { RowIndex = row.Key });
                }

                var worksheet = new Worksheet(data);
                if (sheet.Merges is { Count: > 0 } merges)
                {
                    worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                workbookPart.Workbook.Sheets!.Append(new Sheet
                {
                    Id = workbookPart.GetIdOfPart(part),
                    SheetId = sheetId++,
                    Name = sheet.Name,
                    State = sheet.Hidden ? SheetStateValues.Hidden : null,
                });
            }
        }

        return stream.ToArray();
    }

    private static Cell CellOf(TestCell cell, List<uint> formats)
    {
        var result = new Cell { CellReference = cell.Reference };
        if (cell.Formula is not null)
        {
            result.CellFormula = new CellFormula(cell.Formula);
            if (cell.CachedValue is not null)
            {
                result.CellValue = new CellValue(cell.CachedValue);
            }
        }
        else if (cell.Text is not null)
        {
            result.DataType = CellValues.InlineString;
            result.InlineString = new InlineString(new Text(cell.Text));
        }
        else if (cell.Number is { } number)
        {
            result.CellValue = new CellValue(number);
        }

        if (cell.NumberFormatId is { } id)
        {
            result.StyleIndex = (uint)(formats.IndexOf(id) + 1);
        }

        return result;
    }
}
