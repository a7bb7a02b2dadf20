using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// Which exceptions are the database's: refusals and lost connections, retries run out, time-outs of a command.
/// A mistake in the code (an <see cref="InvalidOperationException"/> of its own, a null reference) is not one of
/// them: it is left to reach the error page and the log as the bug it is, never told to a user as "save failed".
/// </summary>
internal static class DatabaseFailure
{
    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateException or DbException or RetryLimitExceededException or TimeoutException => true,

        // EF Core wraps a transient database error it did not retry in an InvalidOperationException.
        InvalidOperationException { InnerException: { } inner } => Is(inner),
        _ => false,
    };

    /// <summary>Whether PostgreSQL itself answered with an error (so a failed commit is known not to have happened).</summary>
    public static bool IsAnswer(Exception? exception) => exception switch
    {
        null => false,
        Npgsql.PostgresException => true,
        _ => IsAnswer(exception.InnerException),
    };
}
