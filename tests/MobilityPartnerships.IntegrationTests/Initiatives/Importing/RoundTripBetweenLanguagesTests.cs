using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// A workbook exported by a French-speaking user (French headers, choices, sheet names and totals) imports back for an
/// English-speaking user with every row unchanged, and the other way round, for every demo partnership, as .xlsx and .csv.
/// </summary>
public sealed class RoundTripBetweenLanguagesTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly string[] FrenchStatuses = ["Proposée", "Prévue", "En cours", "Achevée", "Annulée"];
    private static readonly string[] EnglishStatuses = ["Proposed", "Planned", "Ongoing", "Completed", "Cancelled"];

    [Theory]
    [InlineData("fr-FR", "en-GB")]
    [InlineData("en-GB", "fr-FR")]
    public async Task A_workbook_exported_in_one_language_imports_back_unchanged_in_the_other(string exportedIn, string importedIn)
    {
        await using var db = await fixture.CreateContextAsync();
        var partnerships = await db.Partnerships.AsNoTracking().Where(p => db.Initiatives.Any(i => i.PartnershipId == p.Id)).Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken);
        var initiatives = await db.Initiatives.CountAsync(TestContext.Current.CancellationToken);
        var checkedRows = 0;

        foreach (var partnershipId in partnerships)
        {
            var (xlsx, csv) = await InCultureAsync(exportedIn, async () => (await XlsxAsync(partnershipId), await Exports.CsvAsync(fixture.Services, partnershipId, "columns=all")));
            Assert.Contains(exportedIn == "fr-FR" ? "Intitulé" : "Title", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);

            foreach (var (file, name) in new[] { (xlsx, "export.xlsx"), (csv, "export.csv") })
            {
                var preview = await InCultureAsync(importedIn, () => Importing.PreviewAsync(fixture.Services, Importing.Request(fixture.Services, partnershipId, file, name, new ImportSettings())));

                Assert.Empty(preview.Problems);
                Assert.Empty(preview.OrganisationQuestions);
                Assert.Empty(preview.NumberQuestions);
                Assert.All(preview.Rows, row => Assert.True(row.Outcome == RowOutcome.Unchanged, $"{name}, row {row.Row} ({row.Draft.Title}) would change: {string.Join("; ", row.Changes)}"));
                checkedRows += name.EndsWith(".xlsx", StringComparison.Ordinal) ? preview.Rows.Count : 0;
            }
        }

        Assert.Equal(initiatives, checkedRows);
    }

    [Fact]
    public async Task A_french_export_writes_french_headers_and_choices()
    {
        await using var db = await fixture.CreateContextAsync();
        var moldova = await db.Partnerships.Where(p => p.Name == "Mobility Partnership with the Republic of Moldova").Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);

        var csv = System.Text.Encoding.UTF8.GetString(await InCultureAsync("fr-FR", () => Exports.CsvAsync(fixture.Services, moldova, "columns=all")));

        var header = csv.Split('\n')[0];
        Assert.Contains("Intitulé", header, StringComparison.Ordinal);
        Assert.Contains("Budget total", header, StringComparison.Ordinal);
        Assert.Contains("Contribution de l'UE", header, StringComparison.Ordinal);
        Assert.DoesNotContain("Title", header, StringComparison.Ordinal);
        Assert.Contains(FrenchStatuses, label => csv.Contains($",{label},", StringComparison.Ordinal));
        Assert.DoesNotContain(EnglishStatuses, label => csv.Contains($",{label},", StringComparison.Ordinal));
    }

    private async Task<byte[]> XlsxAsync(Guid partnershipId)
    {
        var export = await Exports.LoadAsync(fixture.Services, partnershipId, "columns=all");
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export!, stream);
        return stream.ToArray();
    }

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
