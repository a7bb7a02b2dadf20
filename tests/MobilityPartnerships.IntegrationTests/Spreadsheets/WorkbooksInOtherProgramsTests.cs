using MobilityPartnerships.IntegrationTests.Initiatives.Importing;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Template;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Spreadsheets;

/// <summary>
/// The workbooks the product writes open in other programs: exceljs and openpyxl read every cell of an export (grouped
/// by pillar, with its totals and "Funding lines" sheet), an export of several partnerships and the import template with
/// the value and type the Open XML SDK reads; and a totals row of the export is never read back as an initiative.
/// </summary>
public sealed class WorkbooksInOtherProgramsTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task An_export_grouped_by_pillar_reads_alike_in_exceljs_and_openpyxl()
    {
        await OtherPrograms.AssertReadAlikeAsync(Write(await Exports.LoadAsync(fixture.Services, fixture.MoldovaId, "?group=pillar&columns=all")));
    }

    [Fact]
    public async Task An_export_of_several_partnerships_reads_alike_in_exceljs_and_openpyxl()
    {
        await OtherPrograms.AssertReadAlikeAsync(Write(await Exports.LoadManyAsync(fixture.Services, $"?partnership={fixture.MoldovaId}&partnership={fixture.GeorgiaId}&columns=all")));
    }

    [Fact]
    public async Task The_import_template_reads_alike_in_exceljs_and_openpyxl()
    {
        await OtherPrograms.AssertReadAlikeAsync(ImportTemplate.Build());
    }

    [Fact]
    public async Task No_totals_row_of_an_export_is_read_back_as_an_initiative()
    {
        foreach (var query in new[] { "?group=pillar&columns=all", "?columns=all" })
        {
            var export = await Exports.LoadAsync(fixture.Services, fixture.MoldovaId, query);
            var workbook = Write(export);
            var cells = OtherPrograms.OpenXmlCells(workbook);
            Assert.Contains(cells, c => c.Contains(" string Total", StringComparison.Ordinal));

            var preview = await Importing.PreviewAsync(fixture.Services, Importing.Request(fixture.Services, fixture.MoldovaId, workbook, "export.xlsx", new ImportSettings()));
            Assert.Equal(export!.Partnerships[0].Initiatives.Count, preview.Rows.Count);
            // The one title of two lines was stored before a title had to be on one line: read back, it is refused for that.
            var twoLines = Assert.Single(preview.Rows, r => r.Draft.Title == ExportFixture.TrickyTitle);
            Assert.Equal(RowOutcome.Refused, twoLines.Outcome);
            Assert.Contains(twoLines.Problems, p => p.ToString().Contains("The title must be on one line", StringComparison.Ordinal));
            Assert.All(preview.Rows.Where(r => r != twoLines), r => Assert.True(r.Outcome == RowOutcome.Unchanged, $"Row {r.Row} ({r.Draft.Title}): {r.Outcome} {string.Join("; ", r.Changes)} {string.Join("; ", r.Problems)}"));
            Assert.DoesNotContain(preview.Rows, r => r.Draft.Title.StartsWith("Total", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static byte[] Write(ScoreboardExport? export)
    {
        Assert.NotNull(export);
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export, stream);
        return stream.ToArray();
    }
}
