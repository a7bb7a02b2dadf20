using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.BriefingPacks.Excel;
using MobilityPartnerships.Web.Features.BriefingPacks.Pdf;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Downloading;

/// <summary>
/// The downloads of a meeting's briefing pack, as PDF and as Excel workbook. Signing in is required (the app's
/// fallback policy); a user who may not have the pack gets 403 with the plain reason, an unknown meeting 404, and a
/// cancelled meeting, which has no pack (see <see cref="GetBriefingPack"/>), 409 with the sentence saying so.
/// </summary>
internal static class BriefingPackEndpoints
{
    public static void MapBriefingPackDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/meetings/{id:guid}/briefing-pack.pdf", (Guid id, HttpContext http, GetBriefingPack packs, PackLayout layout, BriefingPackPdf pdf, IStringLocalizer<Strings> text, ILogger<GetBriefingPack> logger) =>
            DownloadAsync(id, http, packs, layout, text, logger, "pdf", BriefingPackPdf.ContentType, pdf.Write));
        endpoints.MapGet("/meetings/{id:guid}/briefing-pack.xlsx", (Guid id, HttpContext http, GetBriefingPack packs, PackLayout layout, IStringLocalizer<Strings> text, ILogger<GetBriefingPack> logger) =>
            DownloadAsync(id, http, packs, layout, text, logger, "xlsx", BriefingPackWorkbook.ContentType, BriefingPackWorkbook.Write));
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext http, GetBriefingPack packs, PackLayout layout, IStringLocalizer<Strings> text, ILogger logger, string extension, string contentType, Action<PackDocument, Stream> write)
    {
        var outcome = await packs.ExecuteAsync(id, http.RequestAborted);
        switch (outcome.Decision)
        {
            case AccessDecision.Refused refused:
                return Results.Text(refused.Message, statusCode: StatusCodes.Status403Forbidden);
            case AccessDecision.Missing:
                return Results.NotFound();
        }

        if (outcome.MeetingCancelled)
        {
            return Results.Text(text["Meeting_BriefingPackCancelled"], statusCode: StatusCodes.Status409Conflict);
        }

        var document = layout.Of(outcome.Pack!);

        // Both formats need a seekable stream: the file is written to a temporary file, deleted once sent.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            write(document, file);
            logger.Written(id, extension, file.Length);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        // Internal EU coordination, as of now: not for shared caches, nor for the browser's once the user signs out.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(file, contentType, BriefingPackFileNames.For(document, extension));
    }
}
