using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Template;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>Re-imports, blank cells, duplicates, stale previews and who may import, on PostgreSQL with the scene's initiative (REF code, € 1,000 / € 800).</summary>
public sealed class ImportRulesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_blank_cell_keeps_the_stored_value_unless_the_user_chooses_to_clear_blanks()
    {
        var scene = await Scene.StoreAsync(fixture);
        var csv = $"Reference code,Title,Total budget,EU contribution\n{scene.ReferenceCode},Labour migration pilot,2000,\n";

        var keep = await Importing.PreviewAsync(fixture.Services, Request(scene, csv, new ImportSettings()));
        var clear = await Importing.PreviewAsync(fixture.Services, Request(scene, csv, new ImportSettings { BlankCells = BlankCellRule.Clear }));

        var kept = Assert.Single(keep.Rows);
        Assert.Equal(RowOutcome.Update, kept.Outcome);
        Assert.Equal((2000m, 800m), (kept.Draft.FundingLines[0].TotalBudget, kept.Draft.FundingLines[0].EuContribution));
        var change = Assert.Single(kept.Changes);
        Assert.Contains("1,000.00", change.Old, StringComparison.Ordinal);
        Assert.Contains("2,000.00", change.New, StringComparison.Ordinal);
        Assert.Null(Assert.Single(clear.Rows).Draft.FundingLines[0].EuContribution);

        Assert.Equal(new Imported(0, 1, 0), await Importing.ConfirmAsync(fixture.Services, Request(scene, csv, new ImportSettings())));
        await using var db = await fixture.CreateContextAsync();
        var line = await db.FundingLines.AsNoTracking().SingleAsync(f => f.Id == scene.FundingLineId, TestContext.Current.CancellationToken);
        Assert.Equal((2000m, 800m), (line.TotalBudget, line.EuContribution));
    }

    [Fact]
    public async Task A_row_repeating_another_rows_reference_code_is_flagged_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);
        var csv = "Reference code,Title,Pillar\nNEW-1,First new,Legal migration\nNEW-1,Second new,Legal migration\n";

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, csv, new ImportSettings()));

        Assert.Equal([RowOutcome.Add, RowOutcome.Refused], preview.Rows.Select(r => r.Outcome));
        Assert.Equal("Row 3, Reference code: row 2 has the same reference code NEW-1; each initiative is listed once.", Assert.Single(preview.Rows[1].Problems).ToString());
        Assert.IsType<WriteOutcome.Invalid>(await fixture.Get<ImportInitiatives>().ConfirmAsync(Request(scene, csv, new ImportSettings()), preview.Fingerprint, CancellationToken.None));
        Assert.Equal(1, await CountAsync(scene));
    }

    [Fact]
    public async Task A_confirm_after_the_stored_data_changed_stores_nothing_and_shows_the_new_preview()
    {
        var scene = await Scene.StoreAsync(fixture);
        var csv = $"Reference code,Title,Location\n{scene.ReferenceCode},Labour migration pilot,Chişinău\nNEW-2,Another,Tiraspol\n";
        var request = Request(scene, csv, new ImportSettings { DefaultPillar = Domain.Pillars.Pillar.LegalMigration });
        var preview = await Importing.PreviewAsync(fixture.Services, request);
        await using (var db = await fixture.CreateContextAsync())
        {
            var stored = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, TestContext.Current.CancellationToken);
            stored.Situate("Bălți", stored.Novelty, stored.IsShareable);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var outcome = await fixture.Get<ImportInitiatives>().ConfirmAsync(request, preview.Fingerprint, CancellationToken.None);

        Assert.IsType<WriteOutcome.Stale>(outcome);
        var changed = await Importing.PreviewAsync(fixture.Services, request);
        Assert.Equal("Bălți", changed.Rows[0].Changes.Single().Old);
        Assert.Equal(1, await CountAsync(scene));
        await using var check = await fixture.CreateContextAsync();
        Assert.Equal("Bălți", await check.Initiatives.Where(i => i.Id == scene.InitiativeId).Select(i => i.Location).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Users_who_may_not_add_initiatives_to_the_partnership_can_neither_preview_nor_import()
    {
        var scene = await Scene.StoreAsync(fixture);
        var csv = "Title,Pillar\nOutsider's initiative,Legal migration\n";
        var reader = await TestAccounts.CreateAsync(fixture, "Task force reader", Role.TaskForceMember, null, scene.PartnershipId);

        await using var scope = fixture.As(reader);
        var request = Request(scene, csv, new ImportSettings());
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ImportInitiatives>().PreviewAsync(request, CancellationToken.None));
        var outcome = await scope.ServiceProvider.GetRequiredService<ImportInitiatives>().ConfirmAsync(request, string.Empty, CancellationToken.None);
        Assert.Equal("You may not add an initiative to this partnership.", Assert.IsType<WriteOutcome.Refused>(outcome).Message);
        Assert.Equal(1, await CountAsync(scene));
    }

    [Fact]
    public async Task The_template_has_every_exported_column_and_a_filled_row_imports()
    {
        var workbook = Assert.IsType<SheetReading.Read>(fixture.Get<SpreadsheetReader>().Read(ImportTemplate.Build(), ImportTemplate.FileName, null, CancellationToken.None)).Workbook;
        var sheet = workbook.Named("Initiatives")!;
        var mapping = ColumnMapping.Detect(sheet)!;

        Assert.Equal(InitiativeColumns.Exported, mapping.Columns.OrderBy(c => c.Key).Select(c => c.Value));
    }

    private ImportRequest Request(Scene scene, string csv, ImportSettings settings) =>
        Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", settings);

    private async Task<int> CountAsync(Scene scene)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.Initiatives.CountAsync(i => i.PartnershipId == scene.PartnershipId, TestContext.Current.CancellationToken);
    }
}
