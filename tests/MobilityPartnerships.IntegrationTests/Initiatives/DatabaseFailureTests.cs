using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using Npgsql;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives;

/// <summary>A database error reaches the user as a short message with a reference number, and the log carries the same number with the error.</summary>
public sealed class DatabaseFailureTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_save_that_the_database_cannot_take_returns_a_reference_number_that_the_log_carries()
    {
        var logged = new List<(string Message, Exception? Exception)>();
        var missing = new NpgsqlConnectionStringBuilder(fixture.Database.ConnectionString) { Database = "no_such_database_" + Guid.NewGuid().ToString("N") };
        await using var provider = AppServices.Build(
            missing.ConnectionString,
            user: _ => new TestUser { Principal = AccountClaims.Principal(Guid.NewGuid(), "Someone", Role.Administrator, null, null, [], DateTimeOffset.UtcNow) },
            log: new ListLoggerProvider(logged));

        var outcome = await provider.GetRequiredService<EditInitiative>().SaveAsync(Guid.NewGuid(), null, 0, new InitiativeDraft { Title = "Anything" }, TestContext.Current.CancellationToken);

        var failed = Assert.IsType<WriteOutcome.Failed>(outcome);
        Assert.Matches("^MP-[A-Z2-9]{8}$", failed.Reference);
        var entry = Assert.Single(logged, l => l.Message.Contains(failed.Reference, StringComparison.Ordinal));
        Assert.IsType<PostgresException>(entry.Exception, exactMatch: false);
    }

    private sealed class ListLoggerProvider(List<(string Message, Exception? Exception)> logged) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(logged);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(List<(string Message, Exception? Exception)> logged) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (logged)
                {
                    logged.Add((formatter(state, exception), exception));
                }
            }
        }
    }
}
