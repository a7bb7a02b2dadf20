using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>Reads a file and previews or confirms its import as the user of a service scope does: the steps the import page takes.</summary>
internal static class Importing
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Initiatives", "Importing", "Fixtures", name);

    public static ImportRequest Request(IServiceProvider services, Guid partnershipId, byte[] content, string fileName, ImportSettings settings)
    {
        var reading = services.GetRequiredService<SpreadsheetReader>().Read(content, fileName, null, CancellationToken.None);
        var workbook = Assert.IsType<SheetReading.Read>(reading).Workbook;
        var sheet = workbook.VisibleSheets.First(s => s.Name != "Funding lines");
        var mapping = ColumnMapping.Detect(sheet) ?? throw new InvalidOperationException("No header found.");
        return new ImportRequest(partnershipId, workbook, sheet.Name, mapping, settings, ImportDecisions.None);
    }

    public static async Task<ImportPreview> PreviewAsync(IServiceProvider services, ImportRequest request) =>
        await services.GetRequiredService<ImportInitiatives>().PreviewAsync(request, CancellationToken.None)
        ?? throw new InvalidOperationException("The preview was refused.");

    /// <summary>Previews and confirms: what the page reports (see <see cref="Reported"/>).</summary>
    public static async Task<object> ConfirmAsync(IServiceProvider services, ImportRequest request)
    {
        var preview = await PreviewAsync(services, request);
        return Reported(await services.GetRequiredService<ImportInitiatives>().ConfirmAsync(request, preview.Fingerprint, CancellationToken.None), preview);
    }

    /// <summary>
    /// What the import page reports of a confirm: once done, the counts of the preview it confirmed (what was stored);
    /// otherwise the write's outcome.
    /// </summary>
    public static object Reported(WriteOutcome outcome, ImportPreview confirmed) =>
        outcome is WriteOutcome.Done ? new Imported(confirmed.Added, confirmed.Updated, confirmed.Unchanged) : outcome;
}

/// <summary>An import done: how many rows were added, updated and left as they were.</summary>
internal sealed record Imported(int Added, int Updated, int Unchanged);
