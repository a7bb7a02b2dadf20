using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// The workbook exported "to edit and import back", edited as a user edits it: an amount changed in the partnership's
/// sheet is imported for an initiative with one funding line; with several, the preview points to the cells of the
/// "Funding lines" sheet instead; where both sheets changed the same figure differently, the preview shows both at
/// their cells and asks which holds, and the answer is what is stored.
/// </summary>
public sealed class EditedExportTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_amount_changed_in_the_partnerships_sheet_is_imported_for_an_initiative_with_one_funding_line()
    {
        var scene = await Scene.StoreAsync(fixture);
        var workbook = await ExportAsync(scene.PartnershipId);
        EditedWorkbook.SetNumber(ref workbook, EditedWorkbook.MainSheet(workbook), scene.ReferenceCode, "Total budget", 1_500m);

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, workbook));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Update, row.Outcome);
        var change = Assert.Single(row.Changes);
        Assert.Contains("1,000.00", change.Old, StringComparison.Ordinal);
        Assert.Contains("1,500.00", change.New, StringComparison.Ordinal);
        Assert.Empty(preview.FundingQuestions);

        Assert.Equal(new Imported(0, 1, 0), await Importing.ConfirmAsync(fixture.Services, Request(scene, workbook)));
        Assert.Equal((1_500m, 800m), await StoredLineAsync(scene.FundingLineId));
    }

    [Fact]
    public async Task An_amount_changed_in_the_funding_lines_sheet_alone_is_imported()
    {
        var scene = await Scene.StoreAsync(fixture);
        var workbook = await ExportAsync(scene.PartnershipId);
        EditedWorkbook.SetNumber(ref workbook, EditedWorkbook.FundingLines, scene.ReferenceCode, "EU contribution", 700m);

        Assert.Equal(new Imported(0, 1, 0), await Importing.ConfirmAsync(fixture.Services, Request(scene, workbook)));
        Assert.Equal((1_000m, 700m), await StoredLineAsync(scene.FundingLineId));
    }

    [Fact]
    public async Task With_several_funding_lines_an_amount_changed_in_the_partnerships_sheet_points_to_the_cells_of_the_funding_lines_sheet()
    {
        var scene = await Scene.StoreAsync(fixture);
        var twoLines = await AddTwoLineInitiativeAsync(scene);
        var workbook = await ExportAsync(scene.PartnershipId);
        var main = EditedWorkbook.MainSheet(workbook);
        EditedWorkbook.SetNumber(ref workbook, main, twoLines, "Total budget", 9_999m);
        var lineRows = EditedWorkbook.RowsOf(workbook, EditedWorkbook.FundingLines, twoLines);
        Assert.Equal(2, lineRows.Count);

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, workbook));

        var row = Assert.Single(preview.Rows, r => r.Draft.ReferenceCode == twoLines);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        var problem = Assert.Single(row.Problems);
        Assert.Equal("Total budget", problem.Column);
        Assert.Contains($"'Funding lines'!G{lineRows[0]}, 'Funding lines'!G{lineRows[1]}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("9,999.00", problem.Message, StringComparison.Ordinal);
        Assert.Contains("3,500.00", problem.Message, StringComparison.Ordinal);
        Assert.IsType<WriteOutcome.Invalid>(await Importing.ConfirmAsync(fixture.Services, Request(scene, workbook)));
        Assert.Equal([1_000m, 2_500m], await StoredTotalsAsync(twoLines));
    }

    [Fact]
    public async Task With_several_funding_lines_a_programme_changed_in_the_partnerships_sheet_points_to_the_cells_of_the_funding_lines_sheet()
    {
        var scene = await Scene.StoreAsync(fixture);
        var twoLines = await AddTwoLineInitiativeAsync(scene);
        var workbook = await ExportAsync(scene.PartnershipId);
        var main = EditedWorkbook.MainSheet(workbook);
        Assert.Equal(["AENEAS"], EditedWorkbook.ValuesOf(workbook, main, twoLines, "Funding programme"));
        EditedWorkbook.SetText(ref workbook, main, twoLines, "Funding programme", "AENEAS; Thematic Programme");
        var lineRows = EditedWorkbook.RowsOf(workbook, EditedWorkbook.FundingLines, twoLines);

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, workbook));

        var row = Assert.Single(preview.Rows, r => r.Draft.ReferenceCode == twoLines);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        var problem = Assert.Single(row.Problems);
        Assert.Equal("Funding programme", problem.Column);
        Assert.Contains("\"AENEAS; Thematic Programme\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"'Funding lines'!E{lineRows[0]}, 'Funding lines'!E{lineRows[1]}", problem.Message, StringComparison.Ordinal);
        Assert.IsType<WriteOutcome.Invalid>(await Importing.ConfirmAsync(fixture.Services, Request(scene, workbook)));
        Assert.Equal(["AENEAS", null], await StoredProgrammesAsync(twoLines));
    }

    [Fact]
    public async Task Without_the_funding_lines_sheet_an_initiative_with_several_lines_imports_unchanged_and_a_changed_source_is_refused_at_its_cell()
    {
        var scene = await Scene.StoreAsync(fixture);
        var twoLines = await AddTwoLineInitiativeAsync(scene);
        var workbook = await ExportAsync(scene.PartnershipId);
        EditedWorkbook.RemoveSheet(ref workbook, EditedWorkbook.FundingLines);

        var unchanged = await Importing.PreviewAsync(fixture.Services, Request(scene, workbook));
        Assert.All(unchanged.Rows, r => Assert.Equal(RowOutcome.Unchanged, r.Outcome));

        EditedWorkbook.SetText(ref workbook, EditedWorkbook.MainSheet(workbook), twoLines, "Funding source", "Own funds; Own funds");
        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, workbook));

        var problem = Assert.Single(Assert.Single(preview.Rows, r => r.Draft.ReferenceCode == twoLines).Problems);
        Assert.Equal("Funding source", problem.Column);
        Assert.Contains("2 funding lines", problem.Message, StringComparison.Ordinal);
        Assert.IsType<WriteOutcome.Invalid>(await Importing.ConfirmAsync(fixture.Services, Request(scene, workbook)));
    }

    [Fact]
    public async Task Two_lines_of_one_kind_of_source_are_listed_once_and_import_back_unchanged_as_do_older_exports_listing_it_twice()
    {
        var scene = await Scene.StoreAsync(fixture);
        var code = "EU2-" + scene.ReferenceCode;
        await using (var db = await fixture.CreateContextAsync())
        {
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, TestContext.Current.CancellationToken);
            var initiative = Initiative.Propose(partnership, "Two programmes pilot", Pillar.LegalMigration, InitiativeStatus.Planned);
            initiative.Describe("Two programmes pilot", null, code);
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", scene.CommissionId, 1_000m, 500m));
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic Programme", scene.CommissionId, 2_000m, 500m));
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var workbook = await ExportAsync(scene.PartnershipId);
        var main = EditedWorkbook.MainSheet(workbook);
        Assert.Equal(["EU programme"], EditedWorkbook.ValuesOf(workbook, main, code, "Funding source"));
        EditedWorkbook.RemoveSheet(ref workbook, EditedWorkbook.FundingLines);
        Assert.All((await Importing.PreviewAsync(fixture.Services, Request(scene, workbook))).Rows, r => Assert.Equal(RowOutcome.Unchanged, r.Outcome));

        EditedWorkbook.SetText(ref workbook, main, code, "Funding source", "EU programme; EU programme");
        Assert.All((await Importing.PreviewAsync(fixture.Services, Request(scene, workbook))).Rows, r => Assert.Equal(RowOutcome.Unchanged, r.Outcome));
    }

    [Fact]
    public async Task With_several_funding_lines_a_line_changed_in_the_funding_lines_sheet_is_imported()
    {
        var scene = await Scene.StoreAsync(fixture);
        var twoLines = await AddTwoLineInitiativeAsync(scene);
        var workbook = await ExportAsync(scene.PartnershipId);
        EditedWorkbook.SetNumber(ref workbook, EditedWorkbook.FundingLines, twoLines, "Total budget", 3_000m, occurrence: 1);

        Assert.Equal(new Imported(0, 1, 1), await Importing.ConfirmAsync(fixture.Services, Request(scene, workbook)));
        Assert.Equal([1_000m, 3_000m], await StoredTotalsAsync(twoLines));
    }

    [Theory]
    [InlineData(HoldingSheet.Row, 1_500)]
    [InlineData(HoldingSheet.FundingLines, 1_200)]
    public async Task Where_both_sheets_changed_an_amount_differently_the_preview_asks_which_holds_and_stores_the_answer(HoldingSheet answer, int expected)
    {
        var scene = await Scene.StoreAsync(fixture);
        var workbook = await ExportAsync(scene.PartnershipId);
        var main = EditedWorkbook.MainSheet(workbook);
        var rowCell = EditedWorkbook.SetNumber(ref workbook, main, scene.ReferenceCode, "Total budget", 1_500m);
        var lineCell = EditedWorkbook.SetNumber(ref workbook, EditedWorkbook.FundingLines, scene.ReferenceCode, "Total budget", 1_200m);
        var request = Request(scene, workbook);

        var asked = await Importing.PreviewAsync(fixture.Services, request);

        var question = Assert.Single(asked.FundingQuestions);
        Assert.Equal(("Total budget", $"{main}!{rowCell}", $"'Funding lines'!{lineCell}"), (question.Column, question.RowCell, question.FundingLinesCell));
        Assert.Contains("1,500.00", question.RowValue, StringComparison.Ordinal);
        Assert.Contains("1,200.00", question.FundingLinesValue, StringComparison.Ordinal);
        Assert.Null(question.Answer);
        Assert.True(Assert.Single(asked.Rows).Waiting);
        Assert.False(asked.CanConfirm);
        Assert.IsType<WriteOutcome.Invalid>(await Importing.ConfirmAsync(fixture.Services, request));
        Assert.Equal((1_000m, 800m), await StoredLineAsync(scene.FundingLineId));

        var answered = request with { Decisions = request.Decisions.Choose(question.Cell, answer) };
        var preview = await Importing.PreviewAsync(fixture.Services, answered);

        Assert.Equal(answer, Assert.Single(preview.FundingQuestions).Answer);
        Assert.Equal(RowOutcome.Update, Assert.Single(preview.Rows).Outcome);
        Assert.True(preview.CanConfirm);
        Assert.Equal(new Imported(0, 1, 0), await Importing.ConfirmAsync(fixture.Services, answered));
        Assert.Equal(((decimal)expected, 800m), await StoredLineAsync(scene.FundingLineId));
    }

    private ImportRequest Request(Scene scene, byte[] workbook) =>
        Importing.Request(fixture.Services, scene.PartnershipId, workbook, "export.xlsx", new ImportSettings());

    private async Task<byte[]> ExportAsync(Guid partnershipId)
    {
        var export = await Exports.LoadAsync(fixture.Services, partnershipId, "columns=all");
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export!, stream);
        return stream.ToArray();
    }

    /// <summary>Adds an initiative with two funding lines (€ 1,000 and € 2,500) to the scene's partnership; its reference code.</summary>
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

    private async Task<(decimal? Total, decimal? Eu)> StoredLineAsync(Guid lineId)
    {
        await using var db = await fixture.CreateContextAsync();
        var line = await db.FundingLines.AsNoTracking().SingleAsync(f => f.Id == lineId, TestContext.Current.CancellationToken);
        return (line.TotalBudget, line.EuContribution);
    }

    private async Task<List<string?>> StoredProgrammesAsync(string code)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.FundingLines).SingleAsync(i => i.ReferenceCode == code, TestContext.Current.CancellationToken);
        return [.. initiative.FundingLines.OrderBy(f => f.TotalBudget).Select(f => f.Programme)];
    }

    private async Task<List<decimal?>> StoredTotalsAsync(string code)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.FundingLines).SingleAsync(i => i.ReferenceCode == code, TestContext.Current.CancellationToken);
        return [.. initiative.FundingLines.Select(f => f.TotalBudget).Order()];
    }
}
