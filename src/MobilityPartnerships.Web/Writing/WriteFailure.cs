using Microsoft.EntityFrameworkCore;

namespace MobilityPartnerships.Web.Writing;

/// <summary>The one way a write that the database could not take is told: a reference number for the user, the same number in the log.</summary>
internal static class WriteFailure
{
    /// <summary>Failures of the database or the connection to it, including retries run out; not mistakes in the code.</summary>
    public static bool IsDatabaseFailure(Exception exception) =>
        exception is DbUpdateException or Npgsql.NpgsqlException or InvalidOperationException or TimeoutException;

    /// <summary>Logs the failure under a new reference number and returns that number.</summary>
    public static string Log(ILogger logger, Exception exception, string operation)
    {
        var reference = ErrorReference.New();
        logger.WriteFailed(exception, operation, reference);
        return reference;
    }
}
