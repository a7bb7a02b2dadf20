using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MobilityPartnerships.Web.Writing;
using Npgsql;

namespace MobilityPartnerships.Web.Tests.Writing;

/// <summary>Only the database's own failures are told to a user as "could not be saved"; a bug is a bug.</summary>
public sealed class DatabaseFailureTests
{
    public static TheoryData<Exception> DatabaseFailures => new()
    {
        new DbUpdateException("refused"),
        new DbUpdateConcurrencyException("stale"),
        new NpgsqlException("connection refused"),
        new RetryLimitExceededException("retries run out"),
        new TimeoutException("command timed out"),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("connection reset")),
    };

    public static TheoryData<Exception> Bugs => new()
    {
        new InvalidOperationException("Sequence contains no elements"),
        new InvalidOperationException("A change was about to be saved with nobody signed in; nothing was written."),
        new InvalidOperationException("wrapped", new ArgumentException("bad argument")),
        new ArgumentOutOfRangeException("index"),
        new KeyNotFoundException(),
    };

    /// <summary>No connection, or PostgreSQL saying it cannot serve one: the 503 "database not available" of pages and the API.</summary>
    public static TheoryData<Exception> Unreachable => new()
    {
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111)),
        new NpgsqlException("Exception while reading from stream", new EndOfStreamException()),
        new NpgsqlException("Exception while reading from stream", new TimeoutException("command timed out")),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
        new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300"),
        new PostgresException("database \"x\" is not currently accepting connections", "FATAL", "FATAL", "55000"),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new PostgresException("terminating connection", "FATAL", "FATAL", "57P01")),
        new DbUpdateException("An error occurred while saving the entity changes.", new NpgsqlException("connection reset", new IOException())),
        new RetryLimitExceededException("retries run out", new NpgsqlException("connection refused")),
    };

    /// <summary>PostgreSQL answered about the statement itself: a fault of ours (500), not an outage.</summary>
    public static TheoryData<Exception> AnsweredFaults => new()
    {
        new PostgresException("relation \"partnerships\" does not exist", "ERROR", "ERROR", "42P01"),
        new DbUpdateException("refused", new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505")),
        new InvalidOperationException("Sequence contains no elements"),
        new DbUpdateConcurrencyException("stale"),
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public void A_database_that_cannot_be_reached_is_told_as_unavailable(Exception exception)
    {
        Assert.True(DatabaseFailure.IsUnreachable(exception));
        Assert.True(DatabaseFailure.Is(exception));
    }

    [Theory]
    [MemberData(nameof(AnsweredFaults))]
    public void An_error_the_database_answered_about_the_statement_is_not_told_as_unavailable(Exception exception) =>
        Assert.False(DatabaseFailure.IsUnreachable(exception));

    [Theory]
    [MemberData(nameof(DatabaseFailures))]
    public void A_failure_of_the_database_is_one(Exception exception) => Assert.True(DatabaseFailure.Is(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void A_mistake_in_the_code_is_not_a_database_failure(Exception exception) => Assert.False(DatabaseFailure.Is(exception));
}
