using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// Every cell the export writes, of the partnership's sheet and of the "Funding lines" sheet, changed on its own in the
/// workbook exported "to edit and import back", for an initiative with one funding line and for one with several: the
/// import either stores the change (the workbook exported afterwards, read from the database, holds it) or refuses the
/// row with a problem at that cell. It never calls the row unchanged and loses what was typed. The partnership's sheet
/// is also changed without the "Funding lines" sheet (copied alone into a new file), and the workbook as exported
/// imports unchanged either way.
/// </summary>
public sealed class EditedCellTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Main = "main";

    /// <summary>The partnership's sheet alone, without the "Funding lines" sheet.</summary>
    private const string MainAlone = "main alone";

    public static TheoryData<string, string, bool> Cells()
    {
        var cells = new TheoryData<string, string, bool>();
        foreach (var several in new[] { false, true })
        {
            foreach (var column in InitiativeColumns.Exported)
            {
                cells.Add(Main, InitiativeColumns.HeaderOf(column), several);
                cells.Add(MainAlone, InitiativeColumns.HeaderOf(column), several);
            }

            foreach (var header in SheetCells.FundingLineHeaders)
            {
                cells.Add(EditedWorkbook.FundingLines, header, several);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task A_cell_changed_on_its_own_is_stored_or_refused_at_that_cell(string sheet, string header, bool several)
    {
        var scene = await Scene.StoreAsync(fixture);
        var code = several ? await AddTwoLineInitiativeAsync(scene) : scene.ReferenceCode;
        var workbook = await ExportAsync(scene.PartnershipId);
        var mainSheet = EditedWorkbook.MainSheet(workbook);
        var sheetName = sheet == EditedWorkbook.FundingLines ? EditedWorkbook.FundingLines : mainSheet;
        if (sheet == MainAlone)
        {
            EditedWorkbook.RemoveSheet(ref workbook, EditedWorkbook.FundingLines);
        }

        var unchanged = await Importing.PreviewAsync(fixture.Services, Request(scene, workbook));
        Assert.All(unchanged.Rows, r => Assert.Equal(RowOutcome.Unchanged, r.Outcome));

        var rowNumber = Assert.Single(EditedWorkbook.RowsOf(workbook, mainSheet, code));
        var before = EditedWorkbook.ValuesOf(workbook, sheetName, code, header)[0];
        var typed = await TypedAsync(scene, header, before, several);
        Assert.NotEqual(before, typed.ToString());
        var cell = typed.Number is { } number
            ? EditedWorkbook.SetNumber(ref workbook, sheetName, code, header, number)
            : EditedWorkbook.SetText(ref workbook, sheetName, code, header, typed.Text!);
        var request = Request(scene, workbook);

        var preview = await Importing.PreviewAsync(fixture.Services, request);

        var row = Assert.Single(preview.Rows, r => r.Row == rowNumber);
        var problems = preview.SheetProblems.Concat(row.Problems).ToList();
        if (row.Outcome == RowOutcome.Refused || problems.Count > 0)
        {
            Assert.True(
                problems.Exists(p => AtTheCell(p, sheet, header, cell)),
                $"{sheetName}!{cell} changed to \"{typed}\"; the row is refused, but not at that cell: {string.Join(" | ", problems)}");
            Assert.IsType<WriteOutcome.Invalid>(await Importing.ConfirmAsync(fixture.Services, request));
            return;
        }

        Assert.True(row.Outcome != RowOutcome.Unchanged, $"{sheetName}!{cell} changed from \"{before}\" to \"{typed}\", and the preview calls the row unchanged.");
        Assert.IsType<Imported>(await Importing.ConfirmAsync(fixture.Services, request));
        var storedCode = header == "Reference code" ? typed.Text! : code;
        var after = EditedWorkbook.ValuesOf(await ExportAsync(scene.PartnershipId), sheetName, storedCode, header);
        Assert.NotEmpty(after);
        Assert.Contains(after, value => typed.Number is { } number
            ? decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var stored) && stored == number
            : value == typed.Text);
    }

    /// <summary>A problem said at the cell: its column in the partnership's sheet; in the "Funding lines" sheet, naming the cell.</summary>
    private static bool AtTheCell(ImportProblem problem, string sheet, string header, string cell) =>
        sheet != EditedWorkbook.FundingLines
            ? problem.Column == header
            : problem.Column == EditedWorkbook.FundingLines && problem.Message.Contains($"'{EditedWorkbook.FundingLines}'!{cell}", StringComparison.Ordinal);

    /// <summary>What a user types into the cell instead of what the export wrote: a valid value where one exists.</summary>
    private async Task<Typed> TypedAsync(Scene scene, string header, string before, bool several)
    {
        await using var db = await fixture.CreateContextAsync();
        var cancellation = TestContext.Current.CancellationToken;
        var commission = (await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == scene.CommissionId, cancellation)).Name;
        var outsider = (await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == scene.OutsiderId, cancellation)).Name;
        var area = await db.ThematicAreas.AsNoTracking().Where(a => a.Pillar == Pillar.LegalMigration).Select(a => a.Name).OrderBy(n => n).FirstAsync(cancellation);
        return header switch
        {
            "Partnership" => Typed.Of("Another partnership"),
            "Reference code" => Typed.Of("NEW-" + before),
            "Title" => Typed.Of("Edited title"),
            "Pillar" => Typed.Of("Migration and development"),
            "Thematic areas" => Typed.Of(area),
            "Lead" => Typed.Of(several ? commission : outsider),
            "Partners" => Typed.Of(outsider),
            "Implementing partners" => Typed.Of(outsider),
            "Responsible service" => Typed.Of(commission),
            "Start" => Typed.Of(Serial(new DateOnly(2010, 9, 1))),
            "End" => Typed.Of(Serial(new DateOnly(2012, 12, 1))),
            "Duration (months)" => Typed.Of(30),
            "Period note" => Typed.Of("Edited note"),
            "Announced start" => Typed.Of(Serial(new DateOnly(2010, 3, 1))),
            "Announced end" => Typed.Of(Serial(new DateOnly(2013, 3, 1))),
            "Status" => Typed.Of("Ongoing"),
            "New or already planned" => Typed.Of("New"),
            "Location" => Typed.Of("Chisinau"),
            "Shareable beyond the partnership" => Typed.Of(before == "Yes" ? "No" : "Yes"),
            "Partner-country priority" => Typed.Of("Edited priority"),
            "Commitment" => Typed.Of("Edited commitment"),
            "Funding source" => Typed.Of(before.Contains(';', StringComparison.Ordinal) ? "Own funds; Own funds" : "Own funds"),
            "Funding programme" => Typed.Of(before.Contains(';', StringComparison.Ordinal) || several ? "AENEAS; Edited programme" : "Edited programme"),
            "Contributor" => Typed.Of(before.Contains(';', StringComparison.Ordinal) ? $"{commission}; {outsider}" : outsider),
            "Total budget" => Typed.Of(1_234m),
            "EU contribution" => Typed.Of(400m),
            "Summary" => Typed.Of("Edited summary"),
            _ when InitiativeFields.StoredValues.SingleOrDefault(t => t.Header.English == header) is { } stored => stored switch
            {
                StoredText => Typed.Of($"Edited {header.ToLowerInvariant()}"),
                StoredYesNo => Typed.Of(before == "Yes" ? "No" : "Yes"),
                _ => throw new InvalidOperationException($"No value to type for a {stored.GetType().Name} under \"{header}\"."),
            },
            _ => throw new InvalidOperationException($"No value to type under \"{header}\"; the export writes a column this test does not know."),
        };
    }

    private static decimal Serial(DateOnly day) => day.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    private ImportRequest Request(Scene scene, byte[] workbook) =>
        Importing.Request(fixture.Services, scene.PartnershipId, workbook, "export.xlsx", new ImportSettings());

    private async Task<byte[]> ExportAsync(Guid partnershipId)
    {
        var export = await Exports.LoadAsync(fixture.Services, partnershipId, "columns=all");
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export!, stream);
        return stream.ToArray();
    }

    /// <summary>Adds an initiative with two funding lines to the scene's partnership; its reference code.</summary>
    private async Task<string> AddTwoLineInitiativeAsync(Scene scene)
    {
        await using var db = await fixture.CreateContextAsync();
        var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, TestContext.Current.CancellationToken);
        var initiative = Initiative.Propose(partnership, "Two-line pilot", Pillar.LegalMigration, InitiativeStatus.Planned);
        var code = "TWO-" + scene.ReferenceCode;
        initiative.Describe("Two-line pilot", null, code);
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", scene.CommissionId, 1_000m, 500m));
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, scene.CommissionId, 2_500m, null));
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return code;
    }

    /// <summary>A value typed into a cell: a number (amounts, months as serial days, counts) or a text.</summary>
    private sealed record Typed(decimal? Number, string? Text)
    {
        public static Typed Of(decimal number) => new(number, null);

        public static Typed Of(string text) => new(null, text);

        public override string ToString() => Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : Text!;
    }
}
