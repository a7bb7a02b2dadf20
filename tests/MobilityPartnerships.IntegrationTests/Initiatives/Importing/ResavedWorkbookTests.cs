using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Template;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// Workbooks other programs wrote or re-saved import like the original: the product's export of a demo partnership
/// (grouped by pillar, with its totals and "Funding lines" sheet) and its import template, each re-saved with
/// LibreOffice, exceljs and openpyxl by <c>scripts/workbooks/resave-workbooks</c> and committed under
/// <c>Fixtures/Resaved</c>. Each reads as the same cells and previews as the same rows, outcomes, problems and questions
/// as the original; no totals row is read as an initiative.
/// </summary>
public sealed partial class ResavedWorkbookTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    /// <summary>Set by the script: the folder the originals are written to before they are re-saved.</summary>
    public const string OriginalsVariable = "WORKBOOK_ORIGINALS_OUT";

    public const string Partnership = "Mobility Partnership with Georgia";

    public static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "MobilityPartnerships.IntegrationTests", "Initiatives", "Importing", "Fixtures", "Resaved");

    public static TheoryData<string, string> Resaved => new()
    {
        { "export", "libreoffice" }, { "export", "exceljs" }, { "export", "openpyxl" },
        { "template", "libreoffice" }, { "template", "exceljs" }, { "template", "openpyxl" },
    };

    [Fact]
    public async Task The_committed_originals_import_as_the_product_writes_them_today()
    {
        var (georgia, initiatives) = await PartnershipAsync();
        var export = await ExportAsync(georgia);
        if (Environment.GetEnvironmentVariable(OriginalsVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "export.xlsx"), export, TestContext.Current.CancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(folder, "template.xlsx"), ImportTemplate.Build(), TestContext.Current.CancellationToken);
        }

        var fresh = await PreviewAsync(georgia, export);
        var committed = await PreviewAsync(georgia, await File.ReadAllBytesAsync(Path.Combine(Folder, "export.xlsx"), TestContext.Current.CancellationToken));

        Assert.Equal(initiatives, fresh.Rows.Count);
        Assert.All(fresh.Rows, r => Assert.Equal(RowOutcome.Unchanged, r.Outcome));
        Assert.Equal(Describe(fresh), Describe(committed));
        Assert.Equal(Cells(Read(ImportTemplate.Build())), Cells(Read(await File.ReadAllBytesAsync(Path.Combine(Folder, "template.xlsx"), TestContext.Current.CancellationToken))));
    }

    [Theory]
    [MemberData(nameof(Resaved))]
    public async Task A_workbook_resaved_by_another_program_imports_like_the_original(string kind, string program)
    {
        var (georgia, initiatives) = await PartnershipAsync();
        var original = await File.ReadAllBytesAsync(Path.Combine(Folder, $"{kind}.xlsx"), TestContext.Current.CancellationToken);
        var resaved = await File.ReadAllBytesAsync(Path.Combine(Folder, $"{kind}-{program}.xlsx"), TestContext.Current.CancellationToken);

        Assert.Equal(Cells(Read(original)), Cells(Read(resaved)));
        var expected = await PreviewAsync(georgia, original);
        var actual = await PreviewAsync(georgia, resaved);
        Assert.Equal(Describe(expected), Describe(actual));
        if (kind == "export")
        {
            Assert.Equal(initiatives, actual.Rows.Count);
            Assert.DoesNotContain(actual.Rows, r => r.Draft.Title.StartsWith("Total", StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<(Guid Id, int Initiatives)> PartnershipAsync()
    {
        await using var db = await fixture.CreateContextAsync();
        var id = await db.Partnerships.Where(p => p.Name == Partnership).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
        return (id, await db.Initiatives.CountAsync(i => i.PartnershipId == id, TestContext.Current.CancellationToken));
    }

    private async Task<byte[]> ExportAsync(Guid partnershipId)
    {
        var export = await Exports.LoadAsync(fixture.Services, partnershipId, "?group=pillar&columns=all");
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export!, stream);
        return stream.ToArray();
    }

    private Workbook Read(byte[] content) =>
        Assert.IsType<SheetReading.Read>(fixture.Services.GetRequiredService<SpreadsheetReader>().Read(content, "workbook.xlsx", null, CancellationToken.None)).Workbook;

    /// <summary>Every sheet's non-blank cells as the import reads them: sheet, row, column, and the number, date or text (a number by its value: 971747.00 is 971747).</summary>
    private static List<string> Cells(Workbook workbook) =>
        [.. from sheet in workbook.Sheets
            from row in sheet.Rows
            from cell in row.Cells.Select((c, i) => (Cell: c, Column: i))
            where !cell.Cell.IsBlank
            select $"{sheet.Name}!{row.Number}:{cell.Column} {(cell.Cell.Number is { } number ? number.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture) : cell.Cell.Text)} | {cell.Cell.Date} | {sheet.IsHidden}"];

    /// <summary>What the import of the workbook's first sheet would do.</summary>
    private async Task<ImportPreview> PreviewAsync(Guid partnershipId, byte[] content)
    {
        var workbook = Read(content);
        var sheet = workbook.VisibleSheets.First(s => !FundingLinesSheet.IsNamed(s.Name) && ColumnMapping.Detect(s) is not null);
        var request = new ImportRequest(partnershipId, workbook, sheet.Name, ColumnMapping.Detect(sheet)!, new ImportSettings(), ImportDecisions.None);
        return await Importing.PreviewAsync(fixture.Services, request);
    }

    /// <summary>The preview in words: each row's outcome, draft (new lines' ids aside, amounts by value), changes and problems, and the questions.</summary>
    private static List<string> Describe(ImportPreview preview) =>
    [
        .. preview.Rows.Select(r => $"{r.Row} {r.Outcome} {r.InitiativeId} {Scale().Replace(NewIds().Replace(JsonSerializer.Serialize(r.Draft), string.Empty), "$1")} {string.Join("; ", r.Changes)} {string.Join("; ", r.Problems)} {r.Waiting}"),
        .. preview.SheetProblems.Select(p => p.ToString()),
        .. preview.OrganisationQuestions.Select(q => $"{q.Name} {string.Join(',', q.Rows)}"),
        .. preview.NumberQuestions.Select(q => $"{q.Cell} {q.Text}"),
        .. preview.FundingQuestions.Select(q => $"{q.RowCell} {q.RowValue} {q.FundingLinesCell} {q.FundingLinesValue}"),
    ];

    [GeneratedRegex("\"Id\":\"[0-9a-f-]{36}\",?")]
    private static partial Regex NewIds();

    /// <summary>"971747.00" and "971747.50" in JSON: the zeros a decimal keeps from how it was written.</summary>
    [GeneratedRegex(@"(\d+(?:\.\d*[1-9])?)(?:\.0+|(?<=\.\d*[1-9])0+)(?=[,}\]])")]
    private static partial Regex Scale();
}
