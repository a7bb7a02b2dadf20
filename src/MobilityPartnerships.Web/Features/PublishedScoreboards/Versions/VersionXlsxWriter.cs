using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// Writes a published version as a workbook of one sheet, in the export's styles: the header frozen and filtered,
/// the rows in the version's order, an empty row, then the totals of each pillar and of all pillars. A total writes the
/// sum of what is known; its label says how many initiatives it leaves out, and the count of funding lines not known
/// beside it is left blank, as a total's parts are initiatives, not lines.
/// </summary>
public static class VersionXlsxWriter
{
    /// <summary>Writes the workbook to <paramref name="destination"/>, which must be seekable.</summary>
    public static void Write(PublishedVersion version, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(version);
        WriteDocument(version, destination);
        Scoreboards.Exporting.SpreadsheetNamespaces.UseDefaultNamespace(destination);
    }

    private static void WriteDocument(PublishedVersion version, Stream destination)
    {
        using var document = SpreadsheetDocument.Create(destination, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var headers = VersionSheet.Headers;
        var widths = new ColumnWidths(headers, [.. Enumerable.Range(0, headers.Count).Select(VersionSheet.KindOf)]);
        var rows = version.Rows.Select(VersionSheet.Values).ToList();
        var totals = Totals(version);
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                widths.Measure(c, values[c]);
            }
        }

        foreach (var (label, budget, eu) in totals)
        {
            widths.Measure(VersionSheet.TitleColumn, SheetValue.OfText(label));
            widths.Measure(VersionSheet.TotalBudgetColumn, SheetValue.OfAmount(budget.Sum));
            widths.Measure(VersionSheet.EuContributionColumn, SheetValue.OfAmount(eu.Sum));
        }

        string range;
        using (var sheet = new WorksheetStream(part, [.. Enumerable.Range(0, headers.Count).Select(widths.WidthOf)], selected: true))
        {
            sheet.StartRow();
            for (var c = 0; c < headers.Count; c++)
            {
                sheet.Cell(c, SheetValue.OfText(headers[c]), WorkbookStyles.Header);
            }

            foreach (var values in rows)
            {
                sheet.StartRow();
                for (var c = 0; c < values.Length; c++)
                {
                    sheet.Cell(c, values[c], WorkbookStyles.For(values[c], widths, c));
                }
            }

            range = sheet.RangeTo(sheet.RowIndex);
            sheet.EmptyRow();
            foreach (var (label, budget, eu) in totals)
            {
                sheet.StartRow();
                sheet.Cell(VersionSheet.TitleColumn, SheetValue.OfText(label), WorkbookStyles.TotalLabel);
                sheet.Cell(VersionSheet.TotalBudgetColumn, SheetValue.OfAmount(budget.Sum), WorkbookStyles.TotalAmount);
                sheet.Cell(VersionSheet.EuContributionColumn, SheetValue.OfAmount(eu.Sum), WorkbookStyles.TotalAmount);
            }

            sheet.Finish(range);
        }

        var name = SheetName(version);
        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1, Name = name }));
    }

    /// <summary>"Version 3 (2026-10-12)": within Excel's 31 characters.</summary>
    public static string SheetName(PublishedVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Version {version.Number} ({version.PublishedOn:yyyy-MM-dd})");
    }

    private static List<(string Label, Amount Budget, Amount Eu)> Totals(PublishedVersion version)
    {
        var totals = version.PillarTotals.Select(t => (SheetTotal.LabelOf($"{SheetTotal.LabelStart} {SheetLabels.Of(t.Pillar)}", t.Count, t.TotalBudget, t.EuContribution), t.TotalBudget, t.EuContribution)).ToList();
        totals.Add((SheetTotal.LabelOf(SheetTotal.AllPillars, version.Rows.Count, version.TotalBudget, version.EuContribution), version.TotalBudget, version.EuContribution));
        return totals;
    }
}
