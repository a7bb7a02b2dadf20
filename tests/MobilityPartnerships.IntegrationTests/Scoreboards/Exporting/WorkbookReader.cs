using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>An exported workbook read back with the Open XML SDK, as another program would read it.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument document;

    public WorkbookReader(Stream stream)
    {
        document = SpreadsheetDocument.Open(stream, isEditable: false);
        Stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
    }

    public Stylesheet Stylesheet { get; }

    public IReadOnlyList<string> SheetNames =>
        [.. document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public DefinedNames? DefinedNames => document.WorkbookPart!.Workbook!.DefinedNames;

    public ReadSheet Sheet(string name)
    {
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return new ReadSheet(part.Worksheet!, this);
    }

    /// <summary>The number format code of the cell's style; "General" when it has none.</summary>
    public string FormatCodeOf(Cell cell)
    {
        var format = (CellFormat)Stylesheet.CellFormats!.ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            1 => "0",
            _ => Stylesheet.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value
                 ?? $"built-in {id}",
        };
    }

    public CellFormat FormatOf(Cell cell) => (CellFormat)Stylesheet.CellFormats!.ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>What the Open XML schema validator finds wrong with the file, one line each; empty when it is valid.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public void Dispose() => document.Dispose();
}

/// <summary>One sheet's rows, each with its cells by column letters.</summary>
internal sealed class ReadSheet(Worksheet worksheet, WorkbookReader workbook)
{
    public Worksheet Worksheet { get; } = worksheet;

    public WorkbookReader Workbook { get; } = workbook;

    public IReadOnlyList<Row> Rows => [.. Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()];

    public IReadOnlyList<string> Headers => [.. Rows[0].Elements<Cell>().Select(Text)];

    /// <summary>The cells of a row by their header.</summary>
    public Dictionary<string, Cell> ByHeader(Row row)
    {
        var letters = Rows[0].Elements<Cell>().ToDictionary(c => Letters(c.CellReference!), Text);
        return row.Elements<Cell>().ToDictionary(c => letters[Letters(c.CellReference!)], c => c);
    }

    /// <summary>A row's text by header; cells absent from the row are absent here.</summary>
    public Dictionary<string, string> TextByHeader(Row row) => ByHeader(row).ToDictionary(p => p.Key, p => Text(p.Value));

    public static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.CellValue?.Text ?? string.Empty;

    public static string Letters(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);
}
