using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
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
        if (Part(workbookPart, ImportMessages.WorkbookMainPart, () => workbookPart.Workbook.Sheets) is null)
        {
            return new SheetReading.Refused(ImportMessages.NotAWorkbook);
        }

        var inflated = new InflatedBytes(limits);
        var sharedStrings = workbookPart.SharedStringTablePart is { } stringsPart
            ? Part(stringsPart, ImportMessages.TextsPart, () => ReadSharedStrings(stringsPart, inflated, limits, cancellationToken))
            : null;
        var styles = Part(workbookPart.WorkbookStylesPart, ImportMessages.FormatsPart, () => ShownFormats.Of(workbookPart));
        var sheets = new List<Sheet>();
        var counts = new Counts(limits, rowsRead);
        foreach (var entry in workbookPart.Workbook.Sheets!.Elements<XlsxSheet>())
        {
            // A chart sheet or a dialog sheet holds no rows.
            if (entry.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart part)
            {
                continue;
            }

            // A name is quoted in messages and the page: one of a hand-made file may be far longer than Excel's 31 characters.
            var name = ShownCell.Of(entry.Name?.Value) ?? $"Sheet {sheets.Count + 1}";
            var hidden = entry.State?.Value is { } state && state != SheetStateValues.Visible;
            var rows = Part(part, ImportMessages.SheetNamed(name), () => new SheetPartReader(part, name, new SharedStrings(sharedStrings, workbookPart), styles, inflated, counts, cancellationToken).Read());
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

    private static readonly XmlReaderSettings Streaming = new() { DtdProcessing = DtdProcessing.Prohibit, CloseInput = true, IgnoreComments = true, IgnoreProcessingInstructions = true };

    /// <summary>The part's XML as a stream, its bytes counted as they are unpacked.</summary>
    private static XmlReader Open(OpenXmlPart part, InflatedBytes inflated, long maxBytes) =>
        XmlReader.Create(inflated.Count(part.GetStream(FileMode.Open, FileAccess.Read), part.Uri.OriginalString.TrimStart('/'), maxBytes), Streaming);

    /// <summary>The texts of the workbook's cells, read as a stream, refused past the count or the size the limits allow.</summary>
    private static List<string> ReadSharedStrings(SharedStringTablePart part, InflatedBytes inflated, SpreadsheetLimits limits, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        long bytes = 0;
        using var xml = Open(part, inflated, limits.MaxPartBytes);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                if (strings.Count >= limits.MaxSharedStrings)
                {
                    throw new Refusal(ImportMessages.TooManyTexts(limits.MaxSharedStrings));
                }

                var text = TextOf(xml, limits.MaxSharedStringBytes - bytes, () => ImportMessages.TextsTooLarge(limits.MaxSharedStringBytes));
                bytes += System.Text.Encoding.UTF8.GetByteCount(text);
                if (bytes > limits.MaxSharedStringBytes)
                {
                    throw new Refusal(ImportMessages.TextsTooLarge(limits.MaxSharedStringBytes));
                }

                strings.Add(text);
                if (strings.Count % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        return strings;
    }

    /// <summary>
    /// The visible text of the text item the reader is on (a shared string or an inline string): its runs, without
    /// phonetic guides. Leaves the reader on the item's end. More than <paramref name="maxChars"/> characters is refused.
    /// </summary>
    private static string TextOf(XmlReader xml, long maxChars, Func<string> tooLong)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        var phonetic = -1;
        var inText = -1;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                phonetic = xml.Depth == phonetic ? -1 : phonetic;
                inText = xml.Depth == inText ? -1 : inText;
            }
            else if (xml.NodeType == XmlNodeType.Element && !xml.IsEmptyElement)
            {
                if (xml.LocalName == "rPh" && phonetic < 0)
                {
                    phonetic = xml.Depth;
                }
                else if (xml.LocalName == "t")
                {
                    inText = xml.Depth;
                }
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA
                && phonetic < 0 && inText >= 0)
            {
                text.Append(xml.Value);
                if (text.Length > maxChars)
                {
                    throw new Refusal(tooLong());
                }
            }
        }

        return text.ToString();
    }

    /// <summary>What one file has used of the limits so far, over all its sheets.</summary>
    private sealed class Counts(SpreadsheetLimits limits, IProgress<int>? rowsRead)
    {
        public SpreadsheetLimits Limits => limits;

        private int rows;
        private int blankRows;
        private long cells;

        public void Blank()
        {
            if (++blankRows > limits.MaxBlankRows)
            {
                throw new Refusal(ImportMessages.TooManyBlankRows(limits.MaxBlankRows));
            }
        }

        public void Kept(int width)
        {
            if (++rows > limits.MaxRows)
            {
                throw new Refusal(ImportMessages.TooManyRows(limits.MaxRows));
            }

            Cells(width);
            if (rows % 500 == 0)
            {
                rowsRead?.Report(rows);
            }
        }

        /// <summary>Cells held, or walked to spread a merged cell: both grow with what the file asks for.</summary>
        public void Cells(long count)
        {
            cells += count;
            if (cells > limits.MaxCells)
            {
                throw new Refusal(ImportMessages.TooManyCells(limits.MaxCells));
            }
        }
    }

    /// <summary>Reads one sheet as a stream of rows and cells; every row and cell is counted before it is kept.</summary>
    private sealed class SheetPartReader(WorksheetPart part, string name, SharedStrings sharedStrings, ShownFormats styles, InflatedBytes inflated, Counts counts, CancellationToken cancellationToken)
    {
        private readonly SpreadsheetLimits limits = counts.Limits;
        private readonly List<(int Column, SheetCell Cell)> cells = [];
        private int elements;

        /// <summary>The sheet's non-blank rows.</summary>
        public List<SheetRow> Read()
        {
            var rows = new SortedDictionary<int, SheetCell[]>();
            var merges = new List<string>();
            var rowNumber = 0;
            using (var xml = Open(part, inflated, limits.MaxPartBytes))
            {
                while (Next(xml))
                {
                    if (xml.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (xml.LocalName == "row")
                    {
                        rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : rowNumber + 1;
                        ReadCells(xml, rowNumber);
                        if (cells.TrueForAll(c => c.Cell.IsBlank))
                        {
                            counts.Blank();
                            continue;
                        }

                        var width = cells.Max(c => c.Column) + 1;
                        counts.Kept(width);
                        var row = new SheetCell[width];
                        Array.Fill(row, SheetCell.Empty);
                        foreach (var (column, cell) in cells)
                        {
                            row[column] = cell;
                        }

                        rows[rowNumber] = row;
                    }
                    else if (xml.LocalName == "mergeCell" && xml.GetAttribute("ref") is { } range)
                    {
                        merges.Add(range);
                    }
                }
            }

            if (merges.Count > 0)
            {
                var numbers = rows.Keys.ToArray();
                foreach (var range in merges)
                {
                    SpreadMerge(rows, numbers, range, limits.MaxColumns, counts);
                }
            }

            return [.. rows.Select(r => new SheetRow(r.Key, r.Value))];
        }

        private bool Next(XmlReader xml)
        {
            if (++elements % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            return xml.Read();
        }

        /// <summary>The cells of the row the reader is on, into <see cref="cells"/>; leaves the reader on the row's end.</summary>
        private void ReadCells(XmlReader xml, int rowNumber)
        {
            cells.Clear();
            if (xml.IsEmptyElement)
            {
                return;
            }

            var depth = xml.Depth;
            var next = 0;
            while (Next(xml) && xml.Depth > depth)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c" || xml.Depth != depth + 1)
                {
                    continue;
                }

                if (cells.Count >= limits.MaxCellsPerRow)
                {
                    throw new Refusal(ImportMessages.TooManyCellsInRow(name, rowNumber, limits.MaxCellsPerRow));
                }

                var column = CellAddress.ColumnOf(xml.GetAttribute("r")) ?? next;
                if (column >= limits.MaxColumns)
                {
                    throw new Refusal(ImportMessages.ColumnBeyond(name, column, limits.MaxColumns));
                }

                cells.Add((column, ReadCell(xml)));
                next = column + 1;
            }
        }

        /// <summary>The value of the cell the reader is on; leaves the reader on the cell's end.</summary>
        private SheetCell ReadCell(XmlReader xml)
        {
            var type = xml.GetAttribute("t");
            var style = uint.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (uint?)null;
            string? raw = null;
            string? inline = null;
            var formula = false;
            if (!xml.IsEmptyElement)
            {
                var depth = xml.Depth;
                while (Next(xml) && xml.Depth > depth)
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1)
                    {
                        continue;
                    }

                    switch (xml.LocalName)
                    {
                        case "f":
                            formula = true;
                            break;
                        case "v":
                            raw = xml.IsEmptyElement ? string.Empty : ElementText(xml);
                            break;
                        case "is":
                            inline = TextOf(xml, long.MaxValue, () => string.Empty);
                            break;
                        default:
                            break;
                    }
                }
            }

            return ValueOf(raw, type, style, formula, inline, sharedStrings, styles);
        }
    }

    /// <summary>The text content of a simple element such as &lt;v&gt;; leaves the reader on its end.</summary>
    private static string ElementText(XmlReader xml)
    {
        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(xml.Value);
            }
        }

        return text.ToString();
    }

    private static SheetCell ValueOf(string? raw, string? type, uint? style, bool formula, string? inline, SharedStrings sharedStrings, ShownFormats styles)
    {
        if (formula && string.IsNullOrEmpty(raw))
        {
            return new SheetCell(string.Empty, FormulaWithoutValue: true);
        }

        if (type == "inlineStr")
        {
            return new SheetCell(inline ?? string.Empty);
        }

        if (raw is null)
        {
            return SheetCell.Empty;
        }

        if (type == "s")
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? new SheetCell(sharedStrings[index])
                : SheetCell.Empty;
        }

        if (type == "b")
        {
            return new SheetCell(raw == "1" ? SheetLabels.Yes : SheetLabels.No);
        }

        if (type == "d" && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
        {
            return new SheetCell(raw, Date: DateOnly.FromDateTime(isoDate));
        }

        if (type is null or "n")
        {
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return new SheetCell(raw);
            }

            if (styles.IsDate(style) && SerialDates.ToDate(number) is { } date)
            {
                return new SheetCell(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date: date);
            }

            if (styles.IsPercentage(style))
            {
                // The percentage the user sees (0.5 shown as 50%), as text: no amount, count or month is a percentage, so
                // a column that takes a number refuses it at its cell rather than storing 0.5.
                return new SheetCell((number * 100).ToString("0.############", CultureInfo.InvariantCulture) + "%");
            }

            return new SheetCell(number.ToString(CultureInfo.InvariantCulture), Number: number);
        }

        // Formula text results and error values (#N/A, #REF!) are read as the text Excel shows.
        return new SheetCell(raw);
    }

    /// <summary>
    /// Gives every cell of a merged range the value of its top-left cell, as a reader of the sheet sees it. Only the
    /// rows the sheet holds are visited, never beyond the columns allowed, and every cell visited is counted.
    /// </summary>
    private static void SpreadMerge(SortedDictionary<int, SheetCell[]> rows, int[] numbers, string range, int maxColumns, Counts counts)
    {
        var corners = range.Split(':');
        if (corners.Length != 2
            || CellAddress.ColumnOf(corners[0]) is not { } firstColumn || CellAddress.RowOf(corners[0]) is not { } firstRow
            || CellAddress.ColumnOf(corners[1]) is not { } lastColumn || CellAddress.RowOf(corners[1]) is not { } lastRow
            || !rows.TryGetValue(firstRow, out var top) || firstColumn >= top.Length)
        {
            return;
        }

        lastColumn = Math.Min(lastColumn, maxColumns - 1);
        var value = top[firstColumn];
        var start = Array.BinarySearch(numbers, firstRow);
        for (var i = start < 0 ? ~start : start; i < numbers.Length && numbers[i] <= lastRow; i++)
        {
            var r = numbers[i];
            var cells = rows[r];
            if (cells.Length <= lastColumn)
            {
                counts.Cells(lastColumn + 1 - cells.Length);
                var wider = new SheetCell[lastColumn + 1];
                Array.Fill(wider, SheetCell.Empty);
                cells.CopyTo(wider, 0);
                cells = wider;
                rows[r] = cells;
            }

            counts.Cells(Math.Max(0, lastColumn - firstColumn + 1));
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
