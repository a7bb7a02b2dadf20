namespace MobilityPartnerships.Web.Writing;

internal static partial class WriteLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Write failed ({Operation}), reference {ErrorReference}")]
    public static partial void WriteFailed(this ILogger logger, Exception exception, string operation, string errorReference);

    [LoggerMessage(Level = LogLevel.Error, Message = "Write unconfirmed ({Operation}): the database did not answer its commit, reference {ErrorReference}")]
    public static partial void CommitUnconfirmed(this ILogger logger, Exception exception, string operation, string errorReference);
}
