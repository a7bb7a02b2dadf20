using MobilityPartnerships.Web.Features.OpenData.Iati;

namespace MobilityPartnerships.Web.Features.OpenData;

/// <summary>
/// The open-data downloads. They need a signed-in user like everything else (the fallback policy; none of them allows
/// anonymous access) and give only what that user may read.
/// </summary>
public static class OpenDataEndpoints
{
    public const string ContentType = "application/xml";

    /// <summary>The address of a partnership's IATI activity file.</summary>
    public static string IatiPath(Guid partnershipId) => $"partnerships/{partnershipId}/open-data/iati.xml";

    public static void MapOpenData(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/partnerships/{id:guid}/open-data/iati.xml", DownloadIatiAsync);

    /// <summary>
    /// The partnership's IATI activities as a file to save. Not found (404) when the partnership does not exist or the
    /// user may not see it, and when it has no initiative to publish: an IATI file holds at least one activity.
    /// </summary>
    internal static async Task<IResult> DownloadIatiAsync(Guid id, ExportIatiActivities export, TimeProvider clock, CancellationToken cancellationToken)
    {
        var document = await export.ExecuteAsync(id, cancellationToken);
        if (document is null || document.Activities.Count == 0)
        {
            return Results.NotFound();
        }

        var generatedAt = clock.GetUtcNow();
        return Results.Stream(
            body => IatiXmlWriter.WriteAsync(body, document, generatedAt, cancellationToken),
            ContentType,
            document.FileName);
    }
}
