using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>Runs the export handler as the endpoints do: the address's query string read, the rows loaded for the acting user, the file written.</summary>
internal static class Exports
{
    public static async Task<ScoreboardExport?> LoadAsync(IServiceProvider services, Guid partnershipId, string query = "")
    {
        Assert.True(ExportQuery.TryParse(partnershipId, query, out var request, out var problem), problem);
        return await services.GetRequiredService<ExportScoreboards>().LoadAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<ScoreboardExport?> LoadManyAsync(IServiceProvider services, string query)
    {
        Assert.True(ExportQuery.TryParseMany(query, out var request, out var problem), problem);
        return await services.GetRequiredService<ExportScoreboards>().LoadAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<WorkbookReader> XlsxAsync(IServiceProvider services, Guid partnershipId, string query = "")
    {
        var export = await LoadAsync(services, partnershipId, query);
        Assert.NotNull(export);
        return Workbook(export);
    }

    public static WorkbookReader Workbook(ScoreboardExport export)
    {
        var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export, stream);
        stream.Position = 0;
        return new WorkbookReader(stream);
    }

    public static async Task<byte[]> CsvAsync(IServiceProvider services, Guid partnershipId, string query = "")
    {
        var export = await LoadAsync(services, partnershipId, query);
        Assert.NotNull(export);
        using var stream = new MemoryStream();
        await CsvScoreboardWriter.WriteAsync(export.Partnerships[0], export.Columns, stream, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }
}
