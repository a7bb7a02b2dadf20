namespace MobilityPartnerships.Web.Security.Access;

internal static partial class AccessLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Operation} on {TargetType} {TargetId} for user {UserId}")]
    public static partial void Refused(this ILogger logger, string operation, string targetType, string targetId, string userId);
}
