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

    [Theory]
    [MemberData(nameof(DatabaseFailures))]
    public void A_failure_of_the_database_is_one(Exception exception) => Assert.True(DatabaseFailure.Is(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void A_mistake_in_the_code_is_not_a_database_failure(Exception exception) => Assert.False(DatabaseFailure.Is(exception));
}
