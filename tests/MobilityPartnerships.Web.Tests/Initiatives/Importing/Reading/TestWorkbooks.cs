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

    /// <summary>The workbook's package changed as another program (or damage) leaves it: its zip entries edited in place.</summary>
    public static byte[] EditPackage(byte[] workbook, Action<System.IO.Compression.ZipArchive> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            edit(zip);
        }

        return stream.ToArray();
    }

    /// <summary>Replaces (or adds) an entry of the package with this text.</summary>
    public static void Put(System.IO.Compression.ZipArchive zip, string name, string text)
    {
        ArgumentNullException.ThrowIfNull(zip);
        zip.GetEntry(name)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    public static string Get(System.IO.Compression.ZipArchive zip, string name)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Adds a relationship of the workbook part (xl/workbook.xml) to <paramref name="target"/>, whether or not it exists.</summary>
    public static void RelateFromWorkbook(System.IO.Compression.ZipArchive zip, string id, string type, string target)
    {
        const string Name = "xl/_rels/workbook.xml.rels";
        var rels = Get(zip, Name);
        Put(zip, Name, rels.Replace("</Relationships>", $"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\" /></Relationships>", StringComparison.Ordinal));
    }

    /// <summary>Declares a part's content type in [Content_Types].xml.</summary>
    public static void DeclareContentType(System.IO.Compression.ZipArchive zip, string partName, string contentType)
    {
        const string Name = "[Content_Types].xml";
        var types = Get(zip, Name);
        Put(zip, Name, types.Replace("</Types>", $"<Override PartName=\"{partName}\" ContentType=\"{contentType}\" /></Types>", StringComparison.Ordinal));
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
