using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.EndToEndTests.Statements;

/// <summary>
/// Counts what PostgreSQL is sent for one HTTP request, as its own log would list it: every command, every transaction
/// statement (BEGIN, COMMIT, ROLLBACK), and the reset Npgsql sends when a pooled connection is opened again (a
/// <c>DISCARD ALL</c> ahead of the first command, unless the connection string turns it off). A request is counted when it
/// carries the <see cref="Header"/> with a name; everything the app does for it (the prerender included) adds to that name.
/// </summary>
public sealed class StatementCounter : IStartupFilter
{
    public const string Header = "X-Count-Statements";

    private readonly ConcurrentDictionary<string, Tally> tallies = new(StringComparer.Ordinal);
    private readonly AsyncLocal<Tally?> current = new();

    public Tally Of(string name) => tallies.GetOrAdd(name, _ => new Tally());

    public static void AddTo(IServiceCollection services, StatementCounter counter)
    {
        services.AddSingleton<IStartupFilter>(counter);
        services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(new Commands(counter), new Connections(counter), new Transactions(counter)));
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var name) && !string.IsNullOrEmpty(name))
            {
                current.Value = Of(name!);
            }

            await following(context);
        });
        next(app);
    };

    /// <summary>Everything the app sends, whichever request or circuit asks (for a browser's whole load).</summary>
    public Tally All { get; } = new();

    private void Add(Func<Tally, Action> what)
    {
        what(All)();
        if (current.Value is { } tally)
        {
            what(tally)();
        }
    }

    public sealed class Tally
    {
        private readonly ConcurrentQueue<string> commands = new();
        private int resets;
        private int transactionStatements;

        public int Commands => commands.Count;

        public int Resets => resets;

        public int TransactionStatements => transactionStatements;

        /// <summary>All statements PostgreSQL runs: commands, resets and transaction statements.</summary>
        public int Total => Commands + Resets + TransactionStatements;

        public IReadOnlyList<string> Sql => [.. commands];

        public void Command(string sql) => commands.Enqueue(sql);

        public void Reset() => Interlocked.Increment(ref resets);

        public void Transaction() => Interlocked.Increment(ref transactionStatements);

        public override string ToString() =>
            $"{Total} statements ({Commands} commands, {Resets} connection resets, {TransactionStatements} transaction statements):{Environment.NewLine}"
            + string.Join(Environment.NewLine + "---" + Environment.NewLine, Sql);
    }

    private sealed class Commands(StatementCounter counter) : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            counter.Add(t => () => t.Command(command.CommandText));
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            counter.Add(t => () => t.Command(command.CommandText));
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            counter.Add(t => () => t.Command(command.CommandText));
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            counter.Add(t => () => t.Command(command.CommandText));
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            counter.Add(t => () => t.Command(command.CommandText));
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            counter.Add(t => () => t.Command(command.CommandText));
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Each open of a pooled connection sends the reset of its previous use first (when resetting is on).</summary>
    private sealed class Connections(StatementCounter counter) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opened(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Opened(connection);
            return Task.CompletedTask;
        }

        private void Opened(DbConnection connection)
        {
            var resets = !new Npgsql.NpgsqlConnectionStringBuilder(connection.ConnectionString).NoResetOnClose;
            if (resets)
            {
                counter.Add(t => t.Reset);
            }
        }
    }

    private sealed class Transactions(StatementCounter counter) : DbTransactionInterceptor
    {
        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            counter.Add(t => t.Transaction);
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            counter.Add(t => t.Transaction);
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => counter.Add(t => t.Transaction);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            counter.Add(t => t.Transaction);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => counter.Add(t => t.Transaction);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            counter.Add(t => t.Transaction);
            return Task.CompletedTask;
        }
    }
}
