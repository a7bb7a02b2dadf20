namespace MobilityPartnerships.Web.Features.PublishedScoreboards;

internal static partial class PublishedScoreboardsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Scoreboard of partnership {PartnershipId} published as version {Number} ({Rows} initiatives) by {UserId}")]
    public static partial void Published(this ILogger logger, Guid partnershipId, int number, int rows, Guid userId);
}
