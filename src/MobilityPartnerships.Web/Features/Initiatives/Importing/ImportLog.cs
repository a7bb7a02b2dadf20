namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Imported initiatives into partnership {PartnershipId}: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    public static partial void Imported(this ILogger logger, Guid partnershipId, int added, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading or checking an uploaded file for partnership {PartnershipId} failed, reference {ErrorReference}")]
    public static partial void ReadFailed(this ILogger logger, Exception exception, Guid partnershipId, string errorReference);
}
