using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// An exported workbook is a valid import template: every demo partnership exported with all columns (an
/// initiative given a second funding line, "to be determined" and duration periods among them) imports back
/// with every row unchanged and no question asked; in an exported CSV, a title changed where there is no code
/// reads as a new initiative, and nothing else changes.
/// </summary>
public sealed class RoundTripTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Exporting_then_importing_every_demo_partnership_leaves_the_data_unchanged()
    {
        await AddSecondFundingLineAsync();
        await using var db = await fixture.CreateContextAsync();
        var partnerships = await db.Partnerships.AsNoTracking().Where(p => db.Initiatives.Any(i => i.PartnershipId == p.Id)).Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken);
        var initiatives = await db.Initiatives.CountAsync(TestContext.Current.CancellationToken);
        var checkedRows = 0;

        foreach (var partnershipId in partnerships)
        {
            var request = Importing.Request(fixture.Services, partnershipId, await ExportAsync(partnershipId), "export.xlsx", new ImportSettings());
            var preview = await Importing.PreviewAsync(fixture.Services, request);

            Assert.Empty(preview.Problems);
            Assert.Empty(preview.OrganisationQuestions);
            Assert.Empty(preview.NumberQuestions);
            Assert.All(preview.Rows, row => Assert.True(row.Outcome == RowOutcome.Unchanged, $"Row {row.Row} ({row.Draft.Title}) would change: {string.Join("; ", row.Changes)}"));
            checkedRows += preview.Rows.Count;
        }

        Assert.Equal(initiatives, checkedRows);
    }

    [Fact]
    public async Task A_title_changed_in_an_exported_csv_without_a_code_reads_as_one_new_initiative_and_nothing_else()
    {
        await using var db = await fixture.CreateContextAsync();
        var georgia = await db.Partnerships.Where(p => p.Name == "Mobility Partnership with Georgia").Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
        var csv = System.Text.Encoding.UTF8.GetString(await CsvAsync(georgia));
        var edited = csv.Replace("Study visits on readmission and return policy,", "Study visits on readmission and return policy (2011),", StringComparison.Ordinal);
        Assert.NotEqual(csv, edited);

        var request = Importing.Request(fixture.Services, georgia, System.Text.Encoding.UTF8.GetBytes(edited), "georgia.csv", new ImportSettings());
        var preview = await Importing.PreviewAsync(fixture.Services, request);

        Assert.Equal((1, 0, preview.Rows.Count - 1), (preview.Added, preview.Updated, preview.Unchanged));
        Assert.Equal("Study visits on readmission and return policy (2011)", Assert.Single(preview.Rows, r => r.Outcome == RowOutcome.Add).Draft.Title);
        Assert.Empty(preview.Problems);
    }

    private async Task<byte[]> ExportAsync(Guid partnershipId)
    {
        var export = await Exports.LoadAsync(fixture.Services, partnershipId, "columns=all");
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export!, stream);
        return stream.ToArray();
    }

    private Task<byte[]> CsvAsync(Guid partnershipId) => Exports.CsvAsync(fixture.Services, partnershipId, "columns=all");

    private async Task AddSecondFundingLineAsync()
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.Include(i => i.FundingLines).FirstAsync(i => i.FundingLines.Count == 1 && i.Period.DurationMonths != null, TestContext.Current.CancellationToken);
        if (initiative.FundingLines.Count == 1)
        {
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, initiative.LeadOrganisationId, 250_000.50m, null));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
    }
}
