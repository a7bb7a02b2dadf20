namespace MobilityPartnerships.Web.Features.BriefingPacks;

internal static partial class BriefingPackLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Gathered the briefing pack of meeting {MeetingId} ({Initiatives} initiatives, {Changes} changes) for user {UserId}")]
    public static partial void Gathered(this ILogger logger, Guid meetingId, int initiatives, int changes, Guid? userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the briefing pack of meeting {MeetingId} as {Format} ({Bytes} bytes)")]
    public static partial void Written(this ILogger logger, Guid meetingId, string format, long bytes);
}
