namespace MobilityPartnerships.Web.Data.Standby;

internal static partial class StandbyLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The standby did not answer; reads go to the primary for {DownFor}")]
    public static partial void StandbyUnreachable(this ILogger logger, Exception exception, TimeSpan downFor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The standby is not in recovery (promoted?); reads go to the primary for {DownFor}")]
    public static partial void StandbyNotInRecovery(this ILogger logger, TimeSpan downFor);
}
