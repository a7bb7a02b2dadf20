namespace MobilityPartnerships.Web.Writing;

internal static partial class WriteLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Write failed ({Operation}), reference {ErrorReference}")]
    public static partial void WriteFailed(this ILogger logger, Exception exception, string operation, string errorReference);
}
