using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Writing;
using Sylvan.Data.Csv;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>
/// Every file that writes an initiative's total budget and EU contribution writes the sum of what is known as a number
/// (blank when nothing is) and, in the column beside it, how many of its funding lines are not known (decision 0008):
/// an initiative with lines of € 1,000,000.00 and "not known" never reads as exactly € 1,000,000.00.
/// </summary>
public sealed class AmountsNotKnownInFilesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Budget = "Total budget";
    private const string BudgetNotKnown = "Total budget: funding lines not known";
    private const string Eu = "EU contribution";
    private const string EuNotKnown = "EU contribution: funding lines not known";
    private const string VersionBudget = "Total budget (EUR)";
    private const string VersionEu = "EU contribution (EUR)";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("columns=all")]
    [InlineData("")]
    public async Task The_scoreboards_csv_writes_the_known_sum_and_beside_it_the_lines_not_known(string query)
    {
        var scene = await PartlyKnownAsync();

        var (headers, row) = ReadCsv(await InEnglishAsync(() => Exports.CsvAsync(fixture.Services, scene.PartnershipId, query)));

        AssertBeside(headers, Budget, BudgetNotKnown, Eu, EuNotKnown);
        Assert.Equal(("1000000.00", "1"), (row[Budget], row[BudgetNotKnown]));
        Assert.Equal((string.Empty, "2"), (row[Eu], row[EuNotKnown]));
    }

    [Fact]
    public async Task The_scoreboards_workbook_writes_the_known_sum_as_an_amount_and_beside_it_the_lines_not_known_as_a_number()
    {
        var scene = await PartlyKnownAsync();
        var export = await InEnglishAsync(() => Exports.LoadAsync(fixture.Services, scene.PartnershipId, "columns=all"));
        using var workbook = Exports.Workbook(export!);

        var sheet = workbook.Sheet(export!.Partnerships[0].SheetName);
        AssertBeside(sheet.Headers, Budget, BudgetNotKnown, Eu, EuNotKnown);
        var cells = sheet.ByHeader(sheet.Rows[1]);
        AssertAmount(workbook, cells[Budget], 1_000_000m);
        AssertCount(workbook, cells[BudgetNotKnown], "1");
        Assert.False(cells.ContainsKey(Eu), "An EU contribution of which nothing is known is blank, never 0.");
        AssertCount(workbook, cells[EuNotKnown], "2");
        Assert.Empty(workbook.ValidationErrors());
    }

    [Fact]
    public async Task A_published_versions_csv_writes_the_known_sum_and_beside_it_the_lines_not_known()
    {
        var scene = await PartlyKnownAsync();
        var version = await PublishAsync(scene);

        using var stream = new MemoryStream();
        await InEnglishAsync(async () =>
        {
            await VersionCsvWriter.WriteAsync(version, stream, Ct);
            return true;
        });
        var (headers, row) = ReadCsv(stream.ToArray());

        AssertBeside(headers, VersionBudget, VersionBudget + ": funding lines not known", VersionEu, VersionEu + ": funding lines not known");
        Assert.Equal(("1000000.00", "1"), (row[VersionBudget], row[VersionBudget + ": funding lines not known"]));
        Assert.Equal((string.Empty, "2"), (row[VersionEu], row[VersionEu + ": funding lines not known"]));
    }

    [Fact]
    public async Task A_published_versions_workbook_writes_the_known_sum_as_an_amount_and_beside_it_the_lines_not_known_as_a_number()
    {
        var scene = await PartlyKnownAsync();
        var version = await PublishAsync(scene);

        var stream = new MemoryStream();
        await InEnglishAsync(() =>
        {
            VersionXlsxWriter.Write(version, stream);
            return Task.FromResult(true);
        });
        stream.Position = 0;
        using var workbook = new WorkbookReader(stream);

        var sheet = workbook.Sheet(VersionXlsxWriter.SheetName(version));
        AssertBeside(sheet.Headers, VersionBudget, VersionBudget + ": funding lines not known", VersionEu, VersionEu + ": funding lines not known");
        var cells = sheet.ByHeader(sheet.Rows[1]);
        AssertAmount(workbook, cells[VersionBudget], 1_000_000m);
        AssertCount(workbook, cells[VersionBudget + ": funding lines not known"], "1");
        Assert.False(cells.ContainsKey(VersionEu), "An EU contribution of which nothing is known is blank, never 0.");
        AssertCount(workbook, cells[VersionEu + ": funding lines not known"], "2");
        Assert.Empty(workbook.ValidationErrors());
    }

    [Fact]
    public async Task The_columns_beside_the_amounts_are_headed_in_french_for_a_french_user()
    {
        var scene = await PartlyKnownAsync();

        var csv = await InCultureAsync("fr-FR", () => Exports.CsvAsync(fixture.Services, scene.PartnershipId, "columns=all"));
        var (headers, row) = ReadCsv(csv);

        AssertBeside(headers, "Budget total", "Budget total\u00a0: lignes de financement dont le montant est inconnu", "Contribution de l'UE", "Contribution de l'UE\u00a0: lignes de financement dont le montant est inconnu");
        Assert.Equal("1", row["Budget total\u00a0: lignes de financement dont le montant est inconnu"]);
    }

    /// <summary>The scene's initiative with two funding lines: € 1,000,000.00 without an EU part, and one of which nothing is known.</summary>
    private async Task<Scene> PartlyKnownAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, Ct);
        initiative.RemoveFundingLine(scene.FundingLineId);
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, scene.CommissionId, 1_000_000m, null));
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", scene.CommissionId, null, null));
        await db.SaveChangesAsync(Ct);
        return scene;
    }

    private async Task<PublishedVersion> PublishAsync(Scene scene)
    {
        Assert.IsType<WriteOutcome.Created>(await fixture.Get<PublishScoreboard>().ExecuteAsync(scene.PartnershipId, new PublishDraft(), Ct));
        var version = await fixture.Get<GetPublishedScoreboard>().ExecuteAsync(scene.PartnershipId, 1, Ct);
        Assert.NotNull(version);
        Assert.Equal(new Amount(1_000_000m, 1), Assert.Single(version.Rows).TotalBudget);
        return version;
    }

    private static void AssertBeside(IReadOnlyList<string> headers, params string[] inOrder)
    {
        var at = headers.ToList().IndexOf(inOrder[0]);
        Assert.True(at >= 0, $"No column {inOrder[0]} in: {string.Join(" | ", headers)}");
        Assert.Equal(inOrder[..2], headers.Skip(at).Take(2));
        var eu = headers.ToList().IndexOf(inOrder[2]);
        Assert.True(eu >= 0, $"No column {inOrder[2]} in: {string.Join(" | ", headers)}");
        Assert.Equal(inOrder[2..], headers.Skip(eu).Take(2));
    }

    private static void AssertAmount(WorkbookReader workbook, Cell cell, decimal amount)
    {
        Assert.Null(cell.DataType);
        Assert.Equal(amount, decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(WorkbookStyles.AmountFormat, workbook.FormatCodeOf(cell));
    }

    private static void AssertCount(WorkbookReader workbook, Cell cell, string number)
    {
        Assert.Null(cell.DataType);
        Assert.Equal(number, cell.CellValue!.Text);
        Assert.Equal("0", workbook.FormatCodeOf(cell));
    }

    /// <summary>The header and the first row, each by header, as a CSV reader sees them.</summary>
    private static (IReadOnlyList<string> Headers, Dictionary<string, string> Row) ReadCsv(byte[] bytes)
    {
        using var reader = CsvDataReader.Create(new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)), new CsvDataReaderOptions { Delimiter = ',' });
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        Assert.True(reader.Read());
        return (headers, headers.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => reader.GetString(p.i), StringComparer.Ordinal));
    }

    private static Task<T> InEnglishAsync<T>(Func<Task<T>> work) => InCultureAsync("en-GB", work);

    private static async Task<T> InCultureAsync<T>(string name, Func<Task<T>> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return await work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
