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

    /// <summary>
    /// Whether PostgreSQL refused a text for a character it cannot store: NUL (\0), which no PostgreSQL text holds, or
    /// one the database's encoding lacks (SQLSTATE 22021, 22P05). The user's input, not a fault of ours.
    /// </summary>
    public static bool IsUnstorableText(Exception? exception) => exception switch
    {
        null => false,
        Npgsql.PostgresException { SqlState: "22021" or "22P05" } => true,
        _ => IsUnstorableText(exception.InnerException),
    };

    /// <summary>
    /// Whether the database could not be reached or did not answer in time: no connection (refused, reset, closed by the
    /// server — a pooled connection a restart ended —, timed out), or PostgreSQL saying it is starting, stopping, in
    /// recovery, out of connections or not accepting them. These are told to users as "the database is not available,
    /// try again" (503, see DatabaseUnavailable); an error PostgreSQL answered about the statement itself (a missing
    /// table, a broken rule) is not one of them: it is a fault of ours, 500.
    /// </summary>
    public static bool IsUnreachable(Exception? exception) => exception switch
    {
        null => false,
        Npgsql.PostgresException answer => IsUnavailableAnswer(answer.SqlState),
        Npgsql.NpgsqlException or TimeoutException => true,
        DbUpdateException or RetryLimitExceededException or InvalidOperationException => IsUnreachable(exception.InnerException),
        _ => false,
    };

    // 08: connection exceptions; 53: out of resources (too many connections); 57P01-57P05: shutdown, crash, cannot connect
    // now (starting up, in recovery), idle time-outs; 55000: a database not accepting connections.
    private static bool IsUnavailableAnswer(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57P", StringComparison.Ordinal)
        || state == "55000";

    /// <summary>Whether PostgreSQL itself answered with an error (so a failed commit is known not to have happened).</summary>
    public static bool IsAnswer(Exception? exception) => exception switch
    {
        null => false,
        Npgsql.PostgresException => true,
        _ => IsAnswer(exception.InnerException),
    };
}
