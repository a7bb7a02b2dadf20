using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Writes an export as an Excel workbook: one sheet per partnership (see <see cref="SheetLayout"/> for its rows) and,
/// when any exported initiative has a funding line, the sheet <see cref="SheetNames.FundingLines"/> with one row per
/// line, so that a sheet edited and imported back keeps every line. Each sheet has its header frozen and filtered. An
/// amount partly not known is the sum of what is known (blank when nothing is), with the count of what it does not know
/// in the column beside it (<see cref="NotKnownColumn"/>).
/// </summary>
public static class XlsxScoreboardWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the workbook to <paramref name="destination"/>, which must be seekable (a file or memory).</summary>
    public static void Write(ScoreboardExport export, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(export);
        WriteDocument(export, destination);
        SpreadsheetNamespaces.UseDefaultNamespace(destination);
    }

    private static void WriteDocument(ScoreboardExport export, Stream destination)
    {
        using var document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
        var sheets = new Sheets();
        var filters = new DefinedNames();

        foreach (var partnership in export.Partnerships)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var filterRange = WritePartnership(part, export, partnership, selected: sheets.ChildElements.Count == 0);
            Register(workbookPart, part, partnership.SheetName, filterRange, sheets, filters);
        }

        if (export.Partnerships.Any(p => p.Initiatives.Any(i => i.FundingLines.Count > 0)))
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var filterRange = WriteFundingLines(part, export);
            Register(workbookPart, part, SheetNames.FundingLines, filterRange, sheets, filters);
        }

        workbookPart.Workbook = new Workbook(sheets, filters);
    }

    private static string WritePartnership(WorksheetPart part, ScoreboardExport export, ExportedPartnership partnership, bool selected)
    {
        var columns = WrittenColumn.Of(export.Columns);
        var titleColumn = Math.Max(0, WrittenColumn.IndexOf(columns, InitiativeColumn.Title));
        var totalColumn = WrittenColumn.IndexOf(columns, InitiativeColumn.TotalBudget);
        var euColumn = WrittenColumn.IndexOf(columns, InitiativeColumn.EuContribution);
        var lines = SheetLayout.Lines(partnership.Initiatives, export.GroupByPillar).ToList();

        var widths = new ColumnWidths([.. columns.Select(c => c.Header)], [.. columns.Select(c => c.Kind)]);
        foreach (var line in lines)
        {
            switch (line)
            {
                case SheetLine.Initiative row:
                    for (var c = 0; c < columns.Count; c++)
                    {
                        widths.Measure(c, columns[c].CellOf(row.Row));
                    }

                    break;
                case SheetLine.Totals totals:
                    widths.Measure(titleColumn, SheetValue.OfText(totals.Total.Label));
                    MeasureAmount(widths, totalColumn, totals.Total.TotalBudget);
                    MeasureAmount(widths, euColumn, totals.Total.EuContribution);
                    break;
            }
        }

        using var sheet = new WorksheetStream(part, [.. Enumerable.Range(0, columns.Count).Select(widths.WidthOf)], selected);
        sheet.StartRow();
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(c, SheetValue.OfText(columns[c].Header), WorkbookStyles.Header);
        }

        var lastInitiativeRow = 1u;
        foreach (var line in lines)
        {
            switch (line)
            {
                case SheetLine.Initiative row:
                    sheet.StartRow();
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = columns[c].CellOf(row.Row);
                        sheet.Cell(c, value, WorkbookStyles.For(value, widths, c));
                    }

                    lastInitiativeRow = sheet.RowIndex;
                    break;
                case SheetLine.Heading heading:
                    sheet.StartRow();
                    sheet.Cell(titleColumn, SheetValue.OfText(SheetLabels.Of(heading.Pillar)), WorkbookStyles.Heading);
                    break;
                case SheetLine.Totals totals:
                    sheet.StartRow();
                    sheet.Cell(titleColumn, SheetValue.OfText(totals.Total.Label), WorkbookStyles.TotalLabel);
                    WriteAmount(sheet, totalColumn, totals.Total.TotalBudget);
                    WriteAmount(sheet, euColumn, totals.Total.EuContribution);
                    break;
                default:
                    sheet.EmptyRow();
                    break;
            }
        }

        var range = sheet.RangeTo(lastInitiativeRow);
        sheet.Finish(range);
        return range;
    }

    private static string WriteFundingLines(WorksheetPart part, ScoreboardExport export)
    {
        var headers = SheetCells.FundingLineHeaders;
        InitiativeColumn?[] kinds = [null, InitiativeColumn.ReferenceCode, InitiativeColumn.Title, InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor, InitiativeColumn.TotalBudget, InitiativeColumn.EuContribution];
        var rows = export.Partnerships
            .SelectMany(p => p.Initiatives.SelectMany(i => i.FundingLines.Select(f => (Partnership: p, Initiative: i, Line: f))))
            .ToList();
        var widths = new ColumnWidths(headers, kinds);
        foreach (var (partnership, initiative, line) in rows)
        {
            var values = SheetCells.OfFundingLine(partnership.SheetName, initiative, line);
            for (var c = 0; c < values.Length; c++)
            {
                widths.Measure(c, values[c]);
            }
        }

        using var sheet = new WorksheetStream(part, [.. Enumerable.Range(0, headers.Count).Select(widths.WidthOf)], selected: false);
        sheet.StartRow();
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(c, SheetValue.OfText(headers[c]), WorkbookStyles.Header);
        }

        foreach (var (partnership, initiative, line) in rows)
        {
            sheet.StartRow();
            var values = SheetCells.OfFundingLine(partnership.SheetName, initiative, line);
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(c, values[c], WorkbookStyles.For(values[c], widths, c));
            }
        }

        var range = sheet.RangeTo(sheet.RowIndex);
        sheet.Finish(range);
        return range;
    }

    private static void Register(WorkbookPart workbook, WorksheetPart part, string name, string filterRange, Sheets sheets, DefinedNames filters)
    {
        var index = (uint)sheets.ChildElements.Count;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = index + 1, Name = name });

        // Excel keeps each sheet's autofilter range under this hidden name as well.
        var absolute = string.Join(':', filterRange.Split(':').Select(Absolute));
        filters.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!{absolute}") { Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true });
    }

    /// <summary>"W31" as "$W$31".</summary>
    private static string Absolute(string reference)
    {
        var digits = reference.AsSpan().IndexOfAnyInRange('0', '9');
        return "$" + reference[..digits] + "$" + reference[digits..];
    }


    private static void MeasureAmount(ColumnWidths widths, int column, Amount amount)
    {
        if (column >= 0)
        {
            widths.Measure(column, SheetValue.OfAmount(amount.Sum));
        }
    }

    // The known sum; blank when nothing is known. The label says how many rows it leaves out; the count of funding lines
    // not known beside the column is left blank, as a total's parts are initiatives, not lines.
    private static void WriteAmount(WorksheetStream sheet, int column, Amount amount)
    {
        if (column >= 0)
        {
            sheet.Cell(column, SheetValue.OfAmount(amount.Sum), WorkbookStyles.TotalAmount);
        }
    }
}
