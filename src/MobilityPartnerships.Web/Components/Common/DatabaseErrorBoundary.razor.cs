namespace MobilityPartnerships.Web.Components.Common;

public partial class DatabaseErrorBoundary
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The database could not be reached in an open page (reference {ErrorReference})")]
    private static partial void UnreachableInPage(ILogger logger, Exception exception, string errorReference);
}
