namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

internal static partial class ExportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {Rows} scoreboard rows of {Partnerships} partnerships for user {UserId}")]
    public static partial void Exported(this ILogger logger, int rows, int partnerships, Guid? userId);
}
