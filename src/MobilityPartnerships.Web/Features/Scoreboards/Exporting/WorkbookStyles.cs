using DocumentFormat.OpenXml.Spreadsheet;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The cell styles an exported workbook uses, by their index in its style sheet: a bold header, text that wraps
/// when long, months as "mmm yyyy", amounts as "#,##0.00", and bold headings and totals. Text that starts like a
/// formula (=, +, -, @) is marked as text ("quote prefix"), so editing the cell in Excel keeps it text.
/// </summary>
public static class WorkbookStyles
{
    public const string MonthFormat = "mmm yyyy";
    public const string AmountFormat = "#,##0.00";
    public const uint MonthFormatId = 164;
    public const uint AmountFormatId = 165;

    public const uint Header = 1;
    public const uint Text = 2;
    public const uint TextWrapped = 3;
    public const uint TextQuoted = 4;
    public const uint TextWrappedQuoted = 5;
    public const uint Month = 6;
    public const uint WholeNumber = 7;
    public const uint Amount = 8;
    public const uint Heading = 9;
    public const uint TotalLabel = 10;
    public const uint TotalAmount = 11;

    /// <summary>The style of a text cell: wrapped when it is long, quote-prefixed when it starts like a formula.</summary>
    public static uint ForText(string text, bool wraps) => (wraps, FormulaGuard.LooksLikeFormula(text)) switch
    {
        (true, true) => TextWrappedQuoted,
        (true, false) => TextWrapped,
        (false, true) => TextQuoted,
        _ => Text,
    };

    /// <summary>The style of a scoreboard cell by the kind of its value; text wraps where its column does.</summary>
    public static uint For(SheetValue value, ColumnWidths widths, int column)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return value.Kind switch
        {
            SheetValueKind.Month => Month,
            SheetValueKind.WholeNumber => WholeNumber,
            SheetValueKind.Amount => Amount,
            _ => ForText(value.Text, widths.Wraps(column, value.Text)),
        };
    }

    public static Stylesheet Create()
    {
        var numberingFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = MonthFormatId, FormatCode = MonthFormat },
            new NumberingFormat { NumberFormatId = AmountFormatId, FormatCode = AmountFormat })
        { Count = 2 };
        var fonts = new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE5F0" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };
        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };

        // The order is the index each constant above names.
        CellFormat[] formats =
        [
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(0, bold: true, fillId: 2, borderId: 1, wrap: true),
            Format(0),
            Format(0, wrap: true),
            Format(0, quoted: true),
            Format(0, wrap: true, quoted: true),
            Format(MonthFormatId),
            Format(1),
            Format(AmountFormatId),
            Format(0, bold: true),
            Format(0, bold: true),
            Format(AmountFormatId, bold: true),
        ];
        var cellFormats = new CellFormats(formats) { Count = (uint)formats.Length };
        var cellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        return new Stylesheet(numberingFormats, fonts, fills, borders, cellStyleFormats, cellFormats, cellStyles);
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static CellFormat Format(uint numberFormatId, bool bold = false, uint fillId = 0, uint borderId = 0, bool wrap = false, bool quoted = false)
    {
        var format = new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null })
        {
            NumberFormatId = numberFormatId,
            FontId = bold ? 1u : 0u,
            FillId = fillId,
            BorderId = borderId,
            FormatId = 0,
            ApplyNumberFormat = numberFormatId != 0 ? true : null,
            ApplyFont = bold ? true : null,
            ApplyFill = fillId != 0 ? true : null,
            ApplyBorder = borderId != 0 ? true : null,
            ApplyAlignment = true,
        };
        if (quoted)
        {
            format.QuotePrefix = true;
        }

        return format;
    }
}
