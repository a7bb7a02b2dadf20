using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Excel;

/// <summary>
/// Writes a briefing pack as an Excel workbook, one sheet per section ("At a glance", "Changes", "Late or no
/// update", "Action points", "Agenda"): the partnership and meeting on top, the section's sentences, then its
/// tables. The rows down to the first table's header are frozen and that table is filtered; days and months are
/// dates, counts and amounts numbers, in the export's styles (<see cref="WorkbookStyles"/>). A total is the sum of
/// what is known, never words: the column beside it counts the initiatives it does not fully know, so a reader who
/// sums or filters the column reads numbers and sees what they leave out.
/// </summary>
public static class BriefingPackWorkbook
{
    public const string ContentType = XlsxScoreboardWriter.ContentType;
    public const string DayFormat = "d mmm yyyy";

    private const uint DayFormatId = 166;
    private const uint DayStyle = 12;
    private const uint BoldTextStyle = WorkbookStyles.Heading;
    private const int MinWidth = 8;
    private const int MaxWidth = 60;
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>Writes the workbook to <paramref name="destination"/>, which must be seekable (a file or memory).</summary>
    public static void Write(PackDocument pack, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(pack);
        WriteDocument(pack, destination);
        Scoreboards.Exporting.SpreadsheetNamespaces.UseDefaultNamespace(destination);
    }

    private static void WriteDocument(PackDocument pack, Stream destination)
    {
        using var document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = new Sheets();
        var names = Scoreboards.Exporting.SheetNames.Unique(pack.Sections.Select(s => s.SheetName));
        for (var i = 0; i < pack.Sections.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Sheet(pack, pack.Sections[i], selected: i == 0);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = names[i] });
        }

        workbookPart.Workbook = new Workbook(sheets);
    }

    private static Worksheet Sheet(PackDocument pack, PackSection section, bool selected)
    {
        var columnCount = Math.Max(1, section.Tables.Max(t => (int?)Width(t)) ?? 1);
        var widths = new int[columnCount];
        var data = new SheetData();
        uint row = 0;
        Row Next()
        {
            var added = new Row { RowIndex = ++row };
            data.Append(added);
            return added;
        }

        Text(Next(), 0, Resources.ResourceText.Format("Common_LabelledValue", pack.PartnershipName, section.Title), BoldTextStyle);
        Text(Next(), 0, pack.MeetingLine, WorkbookStyles.Text);
        Text(Next(), 0, pack.GeneratedLine, WorkbookStyles.Text);
        foreach (var line in section.Lines)
        {
            Text(Next(), 0, line, WorkbookStyles.Text);
        }

        uint? frozen = null;
        string? filter = null;
        foreach (var table in section.Tables)
        {
            Next();
            if (table.Caption is { } caption)
            {
                Text(Next(), 0, caption, BoldTextStyle);
            }

            var header = Next();
            var at = Positions(table);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Text(header, at[c], table.Columns[c].Header, WorkbookStyles.Header);
                Measure(widths, at[c], table.Columns[c].Header);
                if (table.Columns[c].NotKnownHeader is { } notKnown)
                {
                    Text(header, at[c] + 1, notKnown, WorkbookStyles.Header);
                    Measure(widths, at[c] + 1, notKnown);
                }
            }

            var first = frozen is null;
            frozen ??= row;
            if (table.Rows.Count == 0)
            {
                Text(Next(), 0, table.EmptyNote, WorkbookStyles.Text);
                continue;
            }

            foreach (var values in table.Rows)
            {
                var cells = Next();
                for (var c = 0; c < values.Cells.Count; c++)
                {
                    var value = values.Cells[c];
                    Value(cells, at[c], value, values.Emphasis);
                    Measure(widths, at[c], value.Kind switch
                    {
                        PackValueKind.Empty => string.Empty,
                        PackValueKind.Amount => value.Number.ToString("#,##0.00", CultureInfo.InvariantCulture),
                        _ => value.Text,
                    });
                    if (c < table.Columns.Count && table.Columns[c].NotKnownHeader is not null)
                    {
                        Number(cells, at[c] + 1, value.NotKnown, WorkbookStyles.WholeNumber);
                    }
                }
            }

            if (first)
            {
                filter = $"A{frozen}:{WorksheetStream.ColumnLetters(Width(table) - 1)}{row}";
            }
        }

        var view = new SheetView { TabSelected = selected ? true : null, WorkbookViewId = 0 };
        if (frozen is { } headerRow)
        {
            var below = string.Create(CultureInfo.InvariantCulture, $"A{headerRow + 1}");
            view.Append(
                new Pane { VerticalSplit = headerRow, TopLeftCell = below, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = below, SequenceOfReferences = new ListValue<StringValue> { InnerText = below } });
        }

        var worksheet = new Worksheet(
            new SheetViews(view),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(w + 2, MinWidth, MaxWidth), CustomWidth = true })),
            data);
        if (filter is not null)
        {
            worksheet.Append(new AutoFilter { Reference = filter });
        }

        return worksheet;
    }

    /// <summary>How many sheet columns a table takes: one per column, and one more beside each column of totals.</summary>
    private static int Width(PackTable table) => table.Columns.Count + table.Columns.Count(c => c.NotKnownHeader is not null);

    /// <summary>The sheet column of each of the table's columns (a column of totals is followed by its count of initiatives not fully known).</summary>
    private static int[] Positions(PackTable table)
    {
        var positions = new int[Math.Max(table.Columns.Count, table.Rows.Max(r => (int?)r.Cells.Count) ?? 0)];
        var next = 0;
        for (var c = 0; c < positions.Length; c++)
        {
            positions[c] = next;
            next += c < table.Columns.Count && table.Columns[c].NotKnownHeader is not null ? 2 : 1;
        }

        return positions;
    }

    private static void Value(Row row, int column, PackValue value, bool emphasis)
    {
        switch (value.Kind)
        {
            case PackValueKind.Text:
                var wraps = value.Text.Length > MaxWidth || value.Text.Contains('\n', StringComparison.Ordinal);
                var quoted = FormulaGuard.LooksLikeFormula(value.Text);
                var style = emphasis && !wraps && !quoted ? BoldTextStyle : WorkbookStyles.ForText(value.Text, wraps);
                Text(row, column, value.Text, style);
                break;
            case PackValueKind.Day:
                Number(row, column, value.Date.DayNumber - ExcelEpoch.DayNumber, DayStyle);
                break;
            case PackValueKind.Month:
                Number(row, column, value.Date.DayNumber - ExcelEpoch.DayNumber, WorkbookStyles.Month);
                break;
            case PackValueKind.WholeNumber:
                Number(row, column, value.Number, WorkbookStyles.WholeNumber);
                break;
            case PackValueKind.Amount:
                Number(row, column, value.Number, emphasis ? WorkbookStyles.TotalAmount : WorkbookStyles.Amount);
                break;
        }
    }

    private static void Text(Row row, int column, string text, uint style) =>
        row.Append(new Cell(new InlineString(new Text(WorkbookText.Of(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = Reference(row, column),
            DataType = CellValues.InlineString,
            StyleIndex = style,
        });

    private static void Number(Row row, int column, decimal number, uint style) =>
        row.Append(new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture)))
        {
            CellReference = Reference(row, column),
            StyleIndex = style,
        });

    private static string Reference(Row row, int column) =>
        WorksheetStream.ColumnLetters(column) + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture);

    private static void Measure(int[] widths, int column, string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }

        widths[column] = Math.Max(widths[column], longest);
    }

    /// <summary>The export's styles, and one more: days as "d mmm yyyy" (index <see cref="DayStyle"/>).</summary>
    private static Stylesheet Styles()
    {
        var styles = WorkbookStyles.Create();
        var formats = styles.NumberingFormats!;
        formats.Append(new NumberingFormat { NumberFormatId = DayFormatId, FormatCode = DayFormat });
        formats.Count = (uint)formats.ChildElements.Count;
        var cells = styles.CellFormats!;
        if (cells.ChildElements.Count != DayStyle)
        {
            throw new InvalidOperationException($"The export's style sheet has {cells.ChildElements.Count} cell formats; the briefing pack expects {DayStyle}.");
        }

        cells.Append(new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
        {
            NumberFormatId = DayFormatId,
            FontId = 0,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = true,
            ApplyAlignment = true,
        });
        cells.Count = (uint)cells.ChildElements.Count;
        return styles;
    }
}
