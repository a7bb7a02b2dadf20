using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Data.Migrations;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// What the product itself wrote imports back as "no change": a Total budget column that sums funding lines beyond what
/// one line holds, a total partly not known with the columns beside the amounts that count its lines not known (export
/// only: the import recognises no such header and leaves them out), and a summary written with mixed line breaks (every writer stores them as "\n"; rows stored before
/// that are normalised by a migration and compare as they read), and a title or summary that starts like a formula (the
/// CSV files write it after an apostrophe, which the import takes off). A value that is genuinely too large for where it
/// goes is still refused, with a message that says so.
/// </summary>
public sealed class ExportedValuesRoundTripTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("export.csv")]
    [InlineData("export.xlsx")]
    public async Task A_total_budget_summing_lines_beyond_what_one_line_holds_imports_back_unchanged(string fileName)
    {
        var scene = await Scene.StoreAsync(fixture);
        await AddLineAsync(scene, FundingLine.MaxAmount);

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, await ExportAsync(scene, fileName), fileName));

        var row = Assert.Single(preview.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, string.Join("; ", row.Problems.Select(p => p.ToString()).Concat(row.Changes.Select(c => c.ToString()))));
        Assert.Empty(preview.Problems);
    }

    [Theory]
    [InlineData("export.csv")]
    [InlineData("export.xlsx")]
    public async Task A_total_partly_not_known_imports_back_unchanged_and_the_counts_of_lines_not_known_are_not_imported(string fileName)
    {
        var scene = await Scene.StoreAsync(fixture);
        await AddLineAsync(scene, null);
        var request = Request(scene, await ExportAsync(scene, fileName), fileName);

        var preview = await Importing.PreviewAsync(fixture.Services, request);

        var row = Assert.Single(preview.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, string.Join("; ", row.Problems.Select(p => p.ToString()).Concat(row.Changes.Select(c => c.ToString()))));
        Assert.Empty(preview.Problems);
        foreach (var header in new[] { "Total budget: funding lines not known", "EU contribution: funding lines not known" })
        {
            var index = request.Mapping.Headers.ToList().IndexOf(header);
            Assert.True(index >= 0, $"The export has no column {header}.");
            Assert.False(request.Mapping.Columns.ContainsKey(index), $"The import reads the column {header}.");
        }

        Assert.Equal([null, 1_000m], await StoredTotalsAsync(scene));
    }

    [Fact]
    public async Task A_total_budget_too_large_for_the_one_funding_line_it_sets_is_refused_and_nothing_changes()
    {
        var scene = await Scene.StoreAsync(fixture);
        var csv = $"Reference code,Title,Total budget\n{scene.ReferenceCode},Labour migration pilot,10000000000006666.66\n";

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, Encoding.UTF8.GetBytes(csv), "edited.csv"));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        Assert.Equal(
            "Row 2, Total budget: \"10000000000006666.66\" is more than one funding line can hold (at most €\u00a09,999,999,999,999,999.99).",
            Assert.Single(row.Problems).ToString());
        Assert.Equal([1_000m], await StoredTotalsAsync(scene));
    }

    [Fact]
    public async Task A_total_budget_changed_for_several_lines_beyond_what_one_holds_is_pointed_to_the_lines()
    {
        var scene = await Scene.StoreAsync(fixture);
        await AddLineAsync(scene, FundingLine.MaxAmount);
        var csv = Encoding.UTF8.GetString(await ExportAsync(scene, "export.csv"))
            .Replace("10000000000000999.99", "10000000000006666.66", StringComparison.Ordinal);

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, Encoding.UTF8.GetBytes(csv), "edited.csv"));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        var problem = Assert.Single(row.Problems);
        Assert.Equal("Total budget", problem.Column);
        Assert.Contains("2 funding lines", problem.Message, StringComparison.Ordinal);
        Assert.Equal([1_000m, FundingLine.MaxAmount], await StoredTotalsAsync(scene));
    }

    [Theory]
    [InlineData("export.csv")]
    [InlineData("export.xlsx")]
    public async Task A_summary_written_with_mixed_line_breaks_is_stored_with_one_kind_and_imports_back_unchanged(string fileName)
    {
        var scene = await Scene.StoreAsync(fixture);
        var loaded = await fixture.Get<EditInitiative>().LoadAsync(scene.InitiativeId, Token);
        var draft = loaded!.Draft.Copy();
        draft.Summary = "line1\nline2\r\nline3\rline4";

        // The write path the edit form and the API share.
        Assert.IsType<WriteOutcome.Done>(await fixture.Get<EditInitiative>().SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token));
        Assert.Equal("line1\nline2\nline3\nline4", await StoredSummaryAsync(scene));

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, await ExportAsync(scene, fileName), fileName));

        var row = Assert.Single(preview.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, string.Join("; ", row.Changes.Select(c => c.ToString())));
    }

    [Theory]
    [InlineData("export.csv")]
    [InlineData("export.xlsx")]
    [InlineData("version.csv")]
    public async Task A_title_and_a_summary_that_start_like_a_formula_import_back_unchanged(string fileName)
    {
        var scene = await Scene.StoreAsync(fixture);
        var loaded = await fixture.Get<EditInitiative>().LoadAsync(scene.InitiativeId, Token);
        var draft = loaded!.Draft.Copy();
        (draft.Title, draft.Summary) = ("=HYPERLINK(\"http://evil.example\",\"x\")", "- first point\n- second point");
        Assert.IsType<WriteOutcome.Done>(await fixture.Get<EditInitiative>().SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token));

        var content = fileName == "version.csv" ? await VersionCsvAsync(scene) : await ExportAsync(scene, fileName);
        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, content, fileName));

        var row = Assert.Single(preview.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, $"The row would be {row.Outcome}: {string.Join("; ", row.Changes)} {string.Join("; ", row.Problems)}");
        Assert.Equal((0, 0), (preview.Added, preview.Updated));
        Assert.Empty(preview.Problems);
    }

    [Fact]
    public async Task A_summary_stored_with_windows_line_breaks_before_imports_back_unchanged_and_the_migration_normalises_it()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using (var db = await fixture.CreateContextAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE initiatives SET summary = {"line1\nline2\r\nline3"} WHERE id = {scene.InitiativeId}", Token);
        }

        var preview = await Importing.PreviewAsync(fixture.Services, Request(scene, await ExportAsync(scene, "export.xlsx"), "export.xlsx"));
        var row = Assert.Single(preview.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, string.Join("; ", row.Changes.Select(c => c.ToString())));

        await using (var db = await fixture.CreateContextAsync())
        {
            foreach (var sql in new TextsKeepOneKindOfLineBreak().UpOperations.OfType<Microsoft.EntityFrameworkCore.Migrations.Operations.SqlOperation>())
            {
                await db.Database.ExecuteSqlRawAsync(sql.Sql, Token);
            }
        }

        Assert.Equal("line1\nline2\nline3", await StoredSummaryAsync(scene));
    }

    private ImportRequest Request(Scene scene, byte[] content, string fileName) =>
        Importing.Request(fixture.Services, scene.PartnershipId, content, fileName, new ImportSettings());

    private async Task<byte[]> ExportAsync(Scene scene, string fileName)
    {
        if (fileName.EndsWith(".csv", StringComparison.Ordinal))
        {
            return await Exports.CsvAsync(fixture.Services, scene.PartnershipId, "columns=all");
        }

        var export = await Exports.LoadAsync(fixture.Services, scene.PartnershipId, "columns=all");
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export!, stream);
        return stream.ToArray();
    }

    /// <summary>The CSV download of the partnership's scoreboard published as it is now.</summary>
    private async Task<byte[]> VersionCsvAsync(Scene scene)
    {
        Assert.IsType<WriteOutcome.Created>(await fixture.Get<PublishScoreboard>().ExecuteAsync(scene.PartnershipId, new PublishDraft(), Token));
        var version = await fixture.Get<GetPublishedScoreboard>().ExecuteAsync(scene.PartnershipId, 1, Token);
        Assert.NotNull(version);
        using var stream = new MemoryStream();
        await VersionCsvWriter.WriteAsync(version, stream, Token);
        return stream.ToArray();
    }

    private async Task AddLineAsync(Scene scene, decimal? total)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, Token);
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, scene.CommissionId, total, null));
        await db.SaveChangesAsync(Token);
    }

    private async Task<List<decimal?>> StoredTotalsAsync(Scene scene)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, Token);
        return [.. initiative.FundingLines.Select(f => f.TotalBudget).Order()];
    }

    private async Task<string?> StoredSummaryAsync(Scene scene)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.Initiatives.AsNoTracking().Where(i => i.Id == scene.InitiativeId).Select(i => i.Summary).SingleAsync(Token);
    }
}
