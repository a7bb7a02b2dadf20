using FluentValidation;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The downloads of scoreboards: one partnership's as .xlsx or .csv, with the scoreboard page's query string, and
/// several partnerships' in one workbook. Signing in is required (the app's fallback policy) and every row is read
/// within the user's scope; a partnership they may not see answers 404, a query not understood 400 with a plain
/// reason.
/// </summary>
internal static class SpreadsheetExportEndpoints
{
    public static void MapSpreadsheetExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/partnerships/{id:guid}/scoreboard/export.xlsx", (Guid id, HttpContext http, ExportScoreboards exports, ProductCalendar calendar) =>
            ExportQuery.TryParse(id, http.Request.QueryString.Value, out var request, out var problem)
                ? XlsxAsync(request, http, exports, calendar)
                : Task.FromResult(BadRequest(problem)));
        endpoints.MapGet("/partnerships/{id:guid}/scoreboard/export.csv", (Guid id, HttpContext http, ExportScoreboards exports, ProductCalendar calendar) =>
            ExportQuery.TryParse(id, http.Request.QueryString.Value, out var request, out var problem)
                ? CsvAsync(request, http, exports, calendar)
                : Task.FromResult(BadRequest(problem)));
        endpoints.MapGet("/scoreboards/export.xlsx", (HttpContext http, ExportScoreboards exports, ProductCalendar calendar) =>
            ExportQuery.TryParseMany(http.Request.QueryString.Value, out var request, out var problem)
                ? XlsxAsync(request, http, exports, calendar)
                : Task.FromResult(BadRequest(problem)));
    }

    private static async Task<IResult> XlsxAsync(ExportRequest request, HttpContext http, ExportScoreboards exports, ProductCalendar calendar)
    {
        var (export, refusal) = await LoadAsync(request, http, exports);
        if (export is null)
        {
            return refusal!;
        }

        // The package format needs a seekable stream: the workbook is written to a temporary file, deleted once sent.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            XlsxScoreboardWriter.Write(export, file);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        return Results.File(file, XlsxScoreboardWriter.ContentType, ExportFileNames.For(export, calendar.Today, "xlsx"));
    }

    private static async Task<IResult> CsvAsync(ExportRequest request, HttpContext http, ExportScoreboards exports, ProductCalendar calendar)
    {
        var (export, refusal) = await LoadAsync(request, http, exports);
        if (export is null)
        {
            return refusal!;
        }

        return Results.Stream(
            body => CsvScoreboardWriter.WriteAsync(export.Partnerships[0], export.Columns, body, http.RequestAborted),
            CsvScoreboardWriter.ContentType,
            ExportFileNames.For(export, calendar.Today, "csv"));
    }

    private static async Task<(ScoreboardExport? Export, IResult? Refusal)> LoadAsync(ExportRequest request, HttpContext http, ExportScoreboards exports)
    {
        try
        {
            var export = await exports.LoadAsync(request, http.RequestAborted);
            if (export is null)
            {
                return (null, Results.NotFound());
            }

            // What the user may read, as of now: not for shared caches, nor for the browser's once they sign out.
            http.Response.Headers.CacheControl = "no-store";
            return (export, null);
        }
        catch (ValidationException error)
        {
            return (null, BadRequest(string.Join(" ", error.Errors.Select(e => e.ErrorMessage))));
        }
    }

    /// <summary>A 400 with its reason as the body (a body also keeps the status-code pages from replacing it).</summary>
    private static IResult BadRequest(string problem) => Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
}
