using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using XlsxSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// Reads an .xlsx workbook row by row (streaming, so a large sheet does not sit in memory as XML): formula
/// cells as the value Excel stored for them, dates from their number format, merged cells as their value
/// repeated over the merged range, hidden sheets marked as hidden.
/// </summary>
internal static class XlsxReader
{
    public static SheetReading Read(Stream stream, string fileName, SpreadsheetLimits limits, IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart;
        if (workbookPart is null)
        {
            return new SheetReading.Refused(ImportMessages.NotAWorkbook);
        }

        try
        {
            return Read(workbookPart, fileName, limits, rowsRead, cancellationToken);
        }
        catch (UnreadablePart unreadable)
        {
            return new SheetReading.Refused(unreadable.Message);
        }
    }

    private static SheetReading Read(WorkbookPart workbookPart, string fileName, SpreadsheetLimits limits, IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        if (Part(workbookPart, "main part", () => workbookPart.Workbook.Sheets) is null)
        {
            return new SheetReading.Refused(ImportMessages.NotAWorkbook);
        }

        var sharedStrings = workbookPart.SharedStringTablePart is { } stringsPart
            ? Part(stringsPart, "part holding the texts of its cells", () => ReadSharedStrings(stringsPart))
            : null;
        var dates = Part(workbookPart.WorkbookStylesPart, "part holding the formats of its cells", () => DateStyles.Of(workbookPart));
        var sheets = new List<Sheet>();
        var total = 0;
        foreach (var entry in workbookPart.Workbook.Sheets!.Elements<XlsxSheet>())
        {
            // A chart sheet or a dialog sheet holds no rows.
            if (entry.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart part)
            {
                continue;
            }

            var name = entry.Name?.Value ?? $"Sheet {sheets.Count + 1}";
            var hidden = entry.State?.Value is { } state && state != SheetStateValues.Visible;
            var rows = Part(part, $"sheet \"{name}\"", () => ReadRows(part, new SharedStrings(sharedStrings, workbookPart), dates, limits.MaxRows - total, rowsRead, total, cancellationToken));
            if (rows is null)
            {
                return new SheetReading.Refused(ImportMessages.TooManyRows(limits.MaxRows));
            }

            total += rows.Count;
            sheets.Add(new Sheet(name, hidden, rows));
        }

        return new SheetReading.Read(new Workbook(fileName, sheets));
    }

    /// <summary>Reads one part the reader needs; a damaged one becomes a message naming it.</summary>
    private static T Part<T>(OpenXmlPart? part, string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException or OpenXmlPackageException)
        {
            throw new UnreadablePart(ImportMessages.PartUnreadable(part?.Uri.OriginalString.TrimStart('/') ?? "?", what), exception);
        }
    }

    /// <summary>The texts of a workbook's cells; a cell that refers to a text the workbook lacks is a message naming the part.</summary>
    private sealed class SharedStrings(List<string>? strings, WorkbookPart workbook)
    {
        public string this[int index] =>
            strings is not null && index >= 0 && index < strings.Count
                ? strings[index]
                : throw new UnreadablePart(ImportMessages.PartMissingText(workbook.SharedStringTablePart?.Uri.OriginalString.TrimStart('/') ?? "xl/sharedStrings.xml"));
    }

    /// <summary>A part the reader needs and cannot read.</summary>
    private sealed class UnreadablePart : Exception
    {
        public UnreadablePart(string message)
            : base(message)
        {
        }

        public UnreadablePart(string message, Exception inner)
            : base(message, inner)
        {
        }
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(TextOf(item));
            }
        }

        return strings;
    }

    /// <summary>The item's visible text: its runs, without phonetic guides.</summary>
    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Ancestors<PhoneticRun>().FirstOrDefault() is null).Select(t => t.Text));

    /// <summary>The sheet's non-blank rows, or null when it has more than <paramref name="maxRows"/>.</summary>
    private static List<SheetRow>? ReadRows(WorksheetPart part, SharedStrings sharedStrings, DateStyles dates, int maxRows, IProgress<int>? rowsRead, int before, CancellationToken cancellationToken)
    {
        var rows = new SortedDictionary<int, SheetCell[]>();
        var merges = new List<string>();
        var rowNumber = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
                    var cells = ReadCells(row, sharedStrings, dates);
                    if (cells.Length == 0 || Array.TrueForAll(cells, c => c.IsBlank))
                    {
                        continue;
                    }

                    if (rows.Count >= maxRows)
                    {
                        return null;
                    }

                    rows[rowNumber] = cells;
                    if (rows.Count % 500 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        rowsRead?.Report(before + rows.Count);
                    }
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (merge.Reference?.Value is { } range)
                    {
                        merges.Add(range);
                    }
                }
            }
        }

        foreach (var range in merges)
        {
            SpreadMerge(rows, range);
        }

        return [.. rows.Select(r => new SheetRow(r.Key, r.Value))];
    }

    private static SheetCell[] ReadCells(Row row, SharedStrings sharedStrings, DateStyles dates)
    {
        var cells = new List<SheetCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = CellAddress.ColumnOf(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count < column)
            {
                cells.Add(SheetCell.Empty);
            }

            var value = ValueOf(cell, sharedStrings, dates);
            if (column < cells.Count)
            {
                cells[column] = value;
            }
            else
            {
                cells.Add(value);
            }
        }

        return [.. cells];
    }

    private static SheetCell ValueOf(Cell cell, SharedStrings sharedStrings, DateStyles dates)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (cell.CellFormula is not null && string.IsNullOrEmpty(raw))
        {
            return new SheetCell(string.Empty, FormulaWithoutValue: true);
        }

        if (type == CellValues.InlineString)
        {
            return new SheetCell(cell.InlineString is null ? string.Empty : TextOf(cell.InlineString));
        }

        if (raw is null)
        {
            return SheetCell.Empty;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? new SheetCell(sharedStrings[index])
                : SheetCell.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return new SheetCell(raw == "1" ? SheetLabels.Yes : SheetLabels.No);
        }

        if (type == CellValues.Date && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
        {
            return new SheetCell(raw, Date: DateOnly.FromDateTime(isoDate));
        }

        if (type is null || type == CellValues.Number)
        {
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return new SheetCell(raw);
            }

            if (dates.IsDate(cell.StyleIndex?.Value) && SerialDates.ToDate(number) is { } date)
            {
                return new SheetCell(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date: date);
            }

            return new SheetCell(number.ToString(CultureInfo.InvariantCulture), Number: number);
        }

        // Formula text results and error values (#N/A, #REF!) are read as the text Excel shows.
        return new SheetCell(raw);
    }

    /// <summary>Gives every cell of a merged range the value of its top-left cell, as a reader of the sheet sees it.</summary>
    private static void SpreadMerge(SortedDictionary<int, SheetCell[]> rows, string range)
    {
        var corners = range.Split(':');
        if (corners.Length != 2
            || CellAddress.ColumnOf(corners[0]) is not { } firstColumn || CellAddress.RowOf(corners[0]) is not { } firstRow
            || CellAddress.ColumnOf(corners[1]) is not { } lastColumn || CellAddress.RowOf(corners[1]) is not { } lastRow
            || !rows.TryGetValue(firstRow, out var top) || firstColumn >= top.Length)
        {
            return;
        }

        var value = top[firstColumn];
        for (var r = firstRow; r <= lastRow; r++)
        {
            if (!rows.TryGetValue(r, out var cells))
            {
                continue;
            }

            if (cells.Length <= lastColumn)
            {
                Array.Resize(ref cells, lastColumn + 1);
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] ??= SheetCell.Empty;
                }

                rows[r] = cells;
            }

            for (var c = firstColumn; c <= lastColumn; c++)
            {
                if (cells[c].IsBlank)
                {
                    cells[c] = value;
                }
            }
        }
    }
}
