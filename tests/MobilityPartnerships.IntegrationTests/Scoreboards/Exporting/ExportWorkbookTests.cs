using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using SheetNames = MobilityPartnerships.Web.Features.Scoreboards.Exporting.SheetNames;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>The .xlsx export of a scoreboard read back cell by cell and checked against the database.</summary>
public sealed class ExportWorkbookTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private const string NotArchived = "FROM initiatives i WHERE i.partnership_id = $1 AND NOT i.is_archived";

    [Fact]
    public async Task All_columns_are_written_with_the_import_headers_in_the_import_order()
    {
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?columns=all");

        var sheet = workbook.Sheet("Moldova");
        // Beside each column of amounts, the count of funding lines it does not know (decision 0008).
        Assert.Equal(
            InitiativeColumns.Exported.SelectMany(c => c is InitiativeColumn.TotalBudget or InitiativeColumn.EuContribution
                ? [InitiativeColumns.HeaderOf(c), InitiativeColumns.HeaderOf(c) + ": funding lines not known"]
                : new[] { InitiativeColumns.HeaderOf(c) }),
            sheet.Headers);
    }

    [Fact]
    public async Task The_workbook_is_valid_Open_XML_grouped_or_not()
    {
        var export = await Exports.LoadManyAsync(fixture.Services, $"?partnership={fixture.MoldovaId}&partnership={fixture.GeorgiaId}&columns=all");
        using var plain = Exports.Workbook(export!);
        using var grouped = Exports.Workbook(export! with { GroupByPillar = true });

        Assert.Empty(plain.ValidationErrors());
        Assert.Empty(grouped.ValidationErrors());
    }

    [Fact]
    public async Task Every_matching_row_is_written_in_the_chosen_order_not_only_the_page()
    {
        // The page shows 10 rows (its second page); the export has them all, sorted as the page sorts them.
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?size=10&page=2&sort=TotalBudget&desc=1&columns=all");

        var expected = await fixture.Database.ScalarAsync<string>(
            "SELECT string_agg(i.reference_code, ',' ORDER BY (SELECT coalesce(sum(f.total_budget), 0) FROM funding_lines f WHERE f.initiative_id = i.id) DESC, i.id) " + NotArchived,
            fixture.MoldovaId);
        var rows = DataRows(workbook.Sheet("Moldova"));
        Assert.Equal(ExportFixture.MoldovaShared + 1, rows.Count);
        Assert.Equal(expected, string.Join(',', rows.Select(r => r["Reference code"])));
    }

    [Fact]
    public async Task Filters_narrow_the_rows_as_on_the_page()
    {
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?pillar=MigrationAndDevelopment&q=Chi%C8%99in%C4%83u");

        var rows = DataRows(workbook.Sheet("Moldova"));
        var expected = await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) " + NotArchived + " AND i.pillar = 'MigrationAndDevelopment' AND (i.title || ' ' || coalesce(i.location, '')) ILIKE '%Chișinău%'",
            fixture.MoldovaId);
        Assert.True(expected > 0);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("Migration and development", r["Pillar"]));
    }

    [Fact]
    public async Task The_header_is_frozen_and_filtered_and_the_columns_fit_their_content()
    {
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?columns=all");
        var sheet = workbook.Sheet("Moldova");

        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var lastRow = 1 + ExportFixture.MoldovaShared + 1;

        // The filter spans every exported column: as many as the catalogue of an initiative's fields has sheet columns to
        // export, and the two that count what the amounts beside them do not know.
        var count = InitiativeColumns.Exported.Count + 2;
        var lastColumn = ColumnLetters(count);
        Assert.Equal($"A1:{lastColumn}{lastRow}", sheet.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Contains(workbook.DefinedNames!.Elements<DefinedName>(), d => d.Name == "_xlnm._FilterDatabase" && d.Text == $"'Moldova'!$A$1:${lastColumn}${lastRow}");

        var widths = sheet.Worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        Assert.Equal(count, widths.Count);
        Assert.All(widths.Values, w => Assert.InRange(w, ColumnWidths.MinWidth, ColumnWidths.MaxTextWidth));
        var headers = sheet.Headers.ToList();
        Assert.Equal(ColumnWidths.MaxTextWidth, widths[headers.IndexOf("Summary") + 1]);
        Assert.Equal("Total budget".Length + 2, widths[headers.IndexOf("Total budget") + 1]);
        Assert.True(widths[headers.IndexOf("Reference code") + 1] < 20);

        var headerCell = sheet.Rows[0].Elements<Cell>().First();
        Assert.NotNull(workbook.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)workbook.FormatOf(headerCell).FontId!.Value).Bold);
        var summary = sheet.ByHeader(sheet.Rows.Single(r => Has(sheet, r, "MD-007")))["Summary"];
        Assert.True(workbook.FormatOf(summary).Alignment!.WrapText!.Value);
    }

    [Fact]
    public async Task Months_are_dates_and_amounts_numbers_with_their_formats_and_unknown_amounts_stay_empty()
    {
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?columns=all");
        var sheet = workbook.Sheet("Moldova");
        Dictionary<string, Cell> Row(string code) => sheet.ByHeader(sheet.Rows.Single(r => Has(sheet, r, code)));

        // MD-003: April 2010, nine months, one funding line of € 12,348.67 (EU € 9,876.54).
        var three = Row("MD-003");
        Assert.Null(three["Start"].DataType);
        Assert.Equal(new DateTime(2010, 4, 1), DateTime.FromOADate(double.Parse(three["Start"].CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal(new DateTime(2010, 12, 1), DateTime.FromOADate(double.Parse(three["End"].CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("mmm yyyy", workbook.FormatCodeOf(three["Start"]));
        Assert.Equal("mmm yyyy", workbook.FormatCodeOf(three["End"]));
        Assert.Equal("9", three["Duration (months)"].CellValue!.Text);
        Assert.Null(three["Duration (months)"].DataType);
        Assert.Equal(12_348.67m, decimal.Parse(three["Total budget"].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(9_876.54m, decimal.Parse(three["EU contribution"].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal("#,##0.00", workbook.FormatCodeOf(three["Total budget"]));
        Assert.Equal("#,##0.00", workbook.FormatCodeOf(three["EU contribution"]));
        Assert.Equal("General", workbook.FormatCodeOf(three["Title"]));

        // MD-002: one line, amounts unknown: no amount cells (unknown is not zero); MD-006: period to be determined, with its note.
        var two = Row("MD-002");
        Assert.False(two.ContainsKey("Total budget"));
        Assert.False(two.ContainsKey("EU contribution"));
        Assert.Equal("MEDA", ReadSheet.Text(two["Funding programme"]));
        var six = Row("MD-006");
        Assert.False(six.ContainsKey("Start"));
        Assert.Equal("end of 2010", ReadSheet.Text(six["Period note"]));

        // MD-001: two lines listed in the main sheet and summed; MD-004: partners by role, service and labels.
        var one = sheet.TextByHeader(sheet.Rows.Single(r => Has(sheet, r, "MD-001")));
        Assert.Equal("EU programme; Own funds", one["Funding source"]);
        Assert.Equal("AENEAS", one["Funding programme"]);
        Assert.Equal("Commission; Germany", one["Contributor"]);
        Assert.Equal(1_050.60m, decimal.Parse(one["Total budget"], CultureInfo.InvariantCulture));
        Assert.Equal(800.05m, decimal.Parse(one["EU contribution"], CultureInfo.InvariantCulture));
        var four = sheet.TextByHeader(sheet.Rows.Single(r => Has(sheet, r, "MD-004")));
        Assert.Equal("France; Germany", four["Partners"]);
        Assert.Equal("IOM", four["Implementing partners"]);
        Assert.Equal("DG HOME", four["Responsible service"]);
        Assert.Equal("Commission", four["Lead"]);
        Assert.Equal(SheetLabels.Yes, four["Shareable beyond the partnership"]);
        Assert.Equal(SheetLabels.Of(Domain.Initiatives.Novelty.New), four["New or already planned"]);
        Assert.Equal(SheetLabels.Of(Pillar.LegalMigration), four["Pillar"]);
    }

    [Fact]
    public async Task A_title_that_looks_like_a_formula_stays_text_exactly_as_stored()
    {
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?columns=all");
        var sheet = workbook.Sheet("Moldova");

        var title = sheet.ByHeader(sheet.Rows.Single(r => Has(sheet, r, "MD-001")))["Title"];
        Assert.Equal(CellValues.InlineString, title.DataType!.Value);
        Assert.Null(title.CellFormula);
        Assert.Equal(ExportFixture.FormulaTitle, ReadSheet.Text(title));
        Assert.True(workbook.FormatOf(title).QuotePrefix!.Value);
        var plain = sheet.ByHeader(sheet.Rows.Single(r => Has(sheet, r, "MD-008")))["Title"];
        Assert.Null(workbook.FormatOf(plain).QuotePrefix);
    }

    [Fact]
    public async Task Without_grouping_the_totals_of_each_pillar_and_the_grand_total_follow_an_empty_row_and_equal_the_sums_to_the_cent()
    {
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?columns=all");
        var sheet = workbook.Sheet("Moldova");
        var rows = sheet.Rows;

        var blank = 1 + ExportFixture.MoldovaShared + 1;
        Assert.Empty(rows[blank].Elements<Cell>());
        var totals = rows.Skip(blank + 1).Select(sheet.TextByHeader).ToList();
        Assert.Equal(Enum.GetValues<Pillar>().Length + 1, totals.Count);
        Assert.All(totals, t => Assert.Subset(new HashSet<string> { "Title", "Total budget", "EU contribution" }, t.Keys.ToHashSet()));
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var total = Assert.Single(totals, t => t["Title"].StartsWith($"Total {SheetLabels.Of(pillar)} (", StringComparison.Ordinal));
            await AssertSumsAsync(total, " AND i.pillar = '" + pillar + "'");
        }

        var grand = totals[^1];
        Assert.StartsWith("Total, all pillars (31 initiatives", grand["Title"], StringComparison.Ordinal);
        await AssertSumsAsync(grand, string.Empty);
        var grandCell = sheet.ByHeader(rows[^1])["Total budget"];
        Assert.Equal("#,##0.00", workbook.FormatCodeOf(grandCell));
    }

    [Fact]
    public async Task Grouped_by_pillar_each_pillar_has_a_heading_its_rows_and_its_subtotal_then_the_grand_total()
    {
        using var workbook = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?group=pillar&sort=Start&columns=all");
        var sheet = workbook.Sheet("Moldova");
        var rows = sheet.Rows.Skip(1).Select(sheet.TextByHeader).ToList();

        var at = 0;
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var label = SheetLabels.Of(pillar);
            Assert.Equal(new Dictionary<string, string> { ["Title"] = label }, rows[at++]);
            var count = await fixture.Database.ScalarAsync<long>("SELECT count(*) " + NotArchived + " AND i.pillar = $2", fixture.MoldovaId, pillar.ToString());
            var group = rows.Skip(at).Take((int)count).ToList();
            Assert.All(group, r => Assert.Equal(label, r["Pillar"]));
            var starts = group.Where(r => r.ContainsKey("Start")).Select(r => double.Parse(r["Start"], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(starts.Order(), starts);
            at += (int)count;
            Assert.Empty(rows[at++]);
            Assert.StartsWith($"Total {label} ({count} initiative", rows[at]["Title"], StringComparison.Ordinal);
            await AssertSumsAsync(rows[at++], " AND i.pillar = '" + pillar + "'");
            Assert.Empty(rows[at++]);
        }

        Assert.StartsWith("Total, all pillars", rows[at]["Title"], StringComparison.Ordinal);
        await AssertSumsAsync(rows[at], string.Empty);
        Assert.Equal(rows.Count - 1, at);
    }

    [Fact]
    public async Task The_shown_columns_are_the_title_and_the_scoreboard_columns_chosen()
    {
        using var chosen = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?cols=Period,TotalBudget");
        Assert.Equal(["Title", "Start", "End", "Duration (months)", "Period note", "Total budget", "Total budget: funding lines not known"], chosen.Sheet("Moldova").Headers);

        using var byDefault = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId);
        Assert.Equal(
            ["Reference code", "Title", "Pillar", "Lead", "Status", "Start", "End", "Duration (months)", "Period note", "Funding source", "Funding programme", "Contributor", "Total budget", "Total budget: funding lines not known", "EU contribution", "EU contribution: funding lines not known"],
            byDefault.Sheet("Moldova").Headers);
    }

    [Fact]
    public async Task Several_partnerships_get_a_sheet_each_and_the_funding_lines_sheet_lists_every_line()
    {
        var export = await Exports.LoadManyAsync(fixture.Services, $"?partnership={fixture.MoldovaId}&partnership={fixture.GeorgiaId}&columns=all");
        Assert.NotNull(export);
        using var workbook = Exports.Workbook(export);

        Assert.Equal(["Moldova", "Georgia", SheetNames.FundingLines], workbook.SheetNames);
        Assert.Equal(ExportFixture.MoldovaShared + 1, DataRows(workbook.Sheet("Moldova")).Count);
        Assert.Equal(["GE-001", "GE-002", "GE-003"], DataRows(workbook.Sheet("Georgia")).Select(r => r["Reference code"]));

        var lines = workbook.Sheet(SheetNames.FundingLines);
        Assert.Equal(SheetCells.FundingLineHeaders, lines.Headers);
        var rows = lines.Rows.Skip(1).Select(lines.TextByHeader).ToList();
        var expected = await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM funding_lines f JOIN initiatives i ON i.id = f.initiative_id WHERE i.partnership_id IN ($1, $2) AND NOT i.is_archived",
            fixture.MoldovaId,
            fixture.GeorgiaId);
        Assert.Equal(expected, rows.Count);
        var first = rows.Where(r => r["Reference code"] == "MD-001").ToList();
        Assert.Equal(2, first.Count);
        Assert.Equal(["Moldova", "MD-001", ExportFixture.FormulaTitle, "EU programme", "AENEAS", "Commission", "1000.10", "800.05"], first[0].Values);
        Assert.Equal(["Moldova", "MD-001", ExportFixture.FormulaTitle, "Own funds", "Germany", "50.50"], first[1].Values);
        Assert.False(first[1].ContainsKey("EU contribution"));
        Assert.Equal(3, rows.Count(r => r["Partnership"] == "Georgia"));
        var amount = lines.Rows.Skip(1).Select(lines.ByHeader).First(r => r.ContainsKey("Total budget"))["Total budget"];
        Assert.Null(amount.DataType);
        Assert.Equal("#,##0.00", workbook.FormatCodeOf(amount));
        Assert.NotNull(lines.Worksheet.GetFirstChild<AutoFilter>());
    }

    [Fact]
    public async Task Archived_initiatives_are_written_only_when_the_filter_includes_them()
    {
        using var without = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?columns=all");
        using var with = await Exports.XlsxAsync(fixture.Services, fixture.MoldovaId, "?columns=all&archived=include");

        Assert.DoesNotContain(DataRows(without.Sheet("Moldova")), r => r["Title"] == ExportFixture.ArchivedTitle);
        Assert.Contains(DataRows(with.Sheet("Moldova")), r => r["Title"] == ExportFixture.ArchivedTitle);
    }

    /// <summary>The initiatives' rows of a sheet without grouping: those between the header and the first empty row.</summary>
    internal static List<Dictionary<string, string>> DataRows(ReadSheet sheet) =>
        [.. sheet.Rows.Skip(1).TakeWhile(r => r.Elements<Cell>().Any()).Select(sheet.TextByHeader)];

    private static bool Has(ReadSheet sheet, Row row, string referenceCode) =>
        sheet.TextByHeader(row).GetValueOrDefault("Reference code") == referenceCode;

    private async Task AssertSumsAsync(Dictionary<string, string> total, string condition)
    {
        var budget = await fixture.Database.ScalarAsync<decimal>($"SELECT coalesce(sum(f.total_budget), 0) FROM funding_lines f WHERE f.initiative_id IN (SELECT i.id {NotArchived}{condition})", fixture.MoldovaId);
        var eu = await fixture.Database.ScalarAsync<decimal>($"SELECT coalesce(sum(f.eu_contribution), 0) FROM funding_lines f WHERE f.initiative_id IN (SELECT i.id {NotArchived}{condition})", fixture.MoldovaId);
        Assert.Equal(budget, decimal.Parse(total["Total budget"], CultureInfo.InvariantCulture));
        Assert.Equal(eu, decimal.Parse(total["EU contribution"], CultureInfo.InvariantCulture));
        Assert.True(budget > 0);
    }

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    private static string ColumnLetters(int number) =>
        number <= 26 ? ((char)('A' + number - 1)).ToString() : ColumnLetters((number - 1) / 26) + (char)('A' + ((number - 1) % 26));
}
