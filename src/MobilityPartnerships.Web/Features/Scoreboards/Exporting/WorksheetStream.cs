using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Writes one worksheet row by row with the SAX-style <see cref="OpenXmlWriter"/>, so a sheet of any length takes
/// little memory: the header row frozen, the given column widths, then the rows, then the header's autofilter.
/// Text is written as inline strings (t="inlineStr") as a cell can hold it (<see cref="WorkbookText"/>); months as dates (days since 1899-12-30) and amounts as numbers;
/// an empty row is written as a row without cells.
/// </summary>
internal sealed class WorksheetStream : IDisposable
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    private static readonly OpenXmlAttribute[] NoAttributes = [];

    private readonly OpenXmlWriter writer;
    private readonly List<OpenXmlAttribute> attributes = new(3);
    private readonly Cell cellElement = new();
    private readonly CellValue valueElement = new();
    private readonly InlineString inlineStringElement = new();
    private readonly Text textElement = new();
    private readonly string[] letters;
    private bool rowOpen;

    public WorksheetStream(WorksheetPart part, IReadOnlyList<double> widths, bool selected)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(widths);
        letters = [.. Enumerable.Range(0, widths.Count).Select(ColumnLetters)];
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected ? true : null,
            WorkbookViewId = 0,
        }));
        writer.WriteElement(new Columns(widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
    }

    /// <summary>The number of the row last started; 0 before the first.</summary>
    public uint RowIndex { get; private set; }

    /// <summary>The reference of the header and the rows below it down to <paramref name="lastRow"/>, such as "A1:W31".</summary>
    public string RangeTo(uint lastRow) => string.Create(CultureInfo.InvariantCulture, $"A1:{letters[^1]}{Math.Max(lastRow, 1)}");

    public void StartRow()
    {
        EndRow();
        RowIndex++;
        writer.WriteStartElement(new Row { RowIndex = RowIndex });
        rowOpen = true;
    }

    public void EmptyRow()
    {
        StartRow();
        EndRow();
    }

    /// <summary>Writes a cell of the current row; an empty value writes nothing.</summary>
    public void Cell(int column, SheetValue value, uint style)
    {
        if (value.Kind == SheetValueKind.Empty)
        {
            return;
        }

        // Elements are opened with their attributes rather than built as objects: a sheet has hundreds of thousands of cells.
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, letters[column] + RowIndex.ToString(CultureInfo.InvariantCulture)));
        attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        if (value.Kind == SheetValueKind.Text)
        {
            var text = WorkbookText.Of(value.Text);
            attributes.Add(new OpenXmlAttribute("t", string.Empty, "inlineStr"));
            writer.WriteStartElement(cellElement, attributes);
            writer.WriteStartElement(inlineStringElement);
            writer.WriteStartElement(textElement, text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? PreserveSpace : NoAttributes);
            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
            return;
        }

        var number = value.Kind == SheetValueKind.Month
            ? (value.Month.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture)
            : value.Number.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(cellElement, attributes);
        writer.WriteStartElement(valueElement);
        writer.WriteString(number);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Closes the rows and adds the autofilter over <paramref name="filterRange"/>.</summary>
    public void Finish(string filterRange)
    {
        EndRow();
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = filterRange });
        writer.WriteEndElement();
        writer.Close();
    }

    public void Dispose() => writer.Dispose();

    /// <summary>"A" for the first column, "Z" for the 26th, "AA" for the 27th.</summary>
    public static string ColumnLetters(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private void EndRow()
    {
        if (rowOpen)
        {
            writer.WriteEndElement();
            rowOpen = false;
        }
    }
}
