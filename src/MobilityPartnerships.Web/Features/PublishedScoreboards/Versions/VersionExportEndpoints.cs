using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// The downloads of a published version as .xlsx and .csv: the version's own rows and values, as it was published,
/// within what the user may see. A version that does not exist, or a partnership whose versions the user may not
/// read, answers 404.
/// </summary>
internal static class VersionExportEndpoints
{
    public static string XlsxPath(Guid partnershipId, int number) => $"partnerships/{partnershipId}/versions/{number}/export.xlsx";

    public static string CsvPath(Guid partnershipId, int number) => $"partnerships/{partnershipId}/versions/{number}/export.csv";

    public static void MapPublishedScoreboardExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/partnerships/{id:guid}/versions/{number:int}/export.xlsx", XlsxAsync);
        endpoints.MapGet("/partnerships/{id:guid}/versions/{number:int}/export.csv", CsvAsync);
    }

    /// <summary>"Moldova-scoreboard-version-3-2026-10-12.xlsx".</summary>
    public static string FileName(PublishedVersion version, string extension)
    {
        ArgumentNullException.ThrowIfNull(version);
        var slug = new StringBuilder();
        foreach (var c in version.PartnershipName)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        return string.Create(CultureInfo.InvariantCulture, $"{(name.Length == 0 ? "partnership" : name)}-scoreboard-version-{version.Number}-{version.PublishedOn:yyyy-MM-dd}.{extension}");
    }

    private static async Task<IResult> XlsxAsync(Guid id, int number, HttpContext http, GetPublishedScoreboard handler)
    {
        if (await handler.ExecuteAsync(id, number, http.RequestAborted) is not { } version)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        var file = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            VersionXlsxWriter.Write(version, file);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        return Results.File(file, XlsxScoreboardWriter.ContentType, FileName(version, "xlsx"));
    }

    private static async Task<IResult> CsvAsync(Guid id, int number, HttpContext http, GetPublishedScoreboard handler)
    {
        if (await handler.ExecuteAsync(id, number, http.RequestAborted) is not { } version)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Stream(body => VersionCsvWriter.WriteAsync(version, body, http.RequestAborted), CsvScoreboardWriter.ContentType, FileName(version, "csv"));
    }
}
