using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Security.Access;
using Npgsql;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// The app's contexts, reused: EF builds a context's services (its state manager, query and command dependencies,
/// resolved from EF's own service provider) once per instance, and that cost more CPU per page than most of the page's
/// statements did (a context per operation, about ten per page). The pool resets a context when it comes back (its change
/// tracker, its connection closed, its command time-out); <see cref="ActingContexts"/> gives it, each time it hands it
/// out, what the scope decides.
/// </summary>
internal sealed class ContextPool(DbContextOptions<AppDbContext> options)
{
    public PooledDbContextFactory<AppDbContext> Contexts { get; } = new(options);
}

/// <summary>The primary's connection strings, built once: a page's and the start-up preparation's (longer commands).</summary>
internal sealed class DatabaseConnections
{
    public DatabaseConnections(string connectionString, DatabaseOptions limits)
    {
        Primary = Bounded(connectionString, limits.ConnectTimeoutSeconds, limits.CommandTimeoutSeconds, limits.PreparedStatementsPerConnection);
        Preparing = Bounded(connectionString, limits.PreparationConnectTimeoutSeconds, limits.PreparationCommandTimeoutSeconds, 0);
    }

    /// <summary>For every request, page and background job.</summary>
    public string Primary { get; }

    /// <summary>For the start-up preparation (migrations, reference and demo data), whose commands may run longer.</summary>
    public string Preparing { get; }

    /// <summary>
    /// A connection string with the app's bounds and settings: the primary's, and the standby's (which has its own connect
    /// time-out). The start-up preparation prepares nothing: it changes the schema its statements would be planned against.
    /// </summary>
    internal static string Bounded(string connectionString, int connectTimeout, int commandTimeout, int preparedStatements)
    {
        // Bounded waits (see DatabaseOptions): a page or API call gets its error within seconds when the database is away.
        // The only state the app keeps in a database session is its prepared statements (no SET, temporary tables or
        // LISTEN), which are meant to outlive a context: a pooled connection is not reset when it goes back to the pool
        // (the reset was a DISCARD ALL ahead of every statement of a short-lived context; see docs/decisions, "a page's
        // statements" and "prepared statements").
        var bounded = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = connectTimeout,
            CommandTimeout = commandTimeout,
            NoResetOnClose = true,
            MaxAutoPrepare = preparedStatements,
        };
        // No JIT compilation: the app's statements are short, and PostgreSQL judged the scoreboard's (its estimate
        // sums a subquery per initiative) worth compiling, which took 7 s of a 0.8 s statement at 10,000
        // initiatives (EXPLAIN ANALYZE, see docs/decisions, "a page's statements"). A startup option: no statement.
        bounded.Options = string.IsNullOrWhiteSpace(bounded.Options) ? "-c jit=off" : bounded.Options + " -c jit=off";
        return bounded.ConnectionString;
    }
}

/// <summary>
/// A scope's context factory (a request's, a page's circuit's, a job's): contexts come from the app's
/// <see cref="ContextPool"/>, each handed out acting for the scope's user, on the primary, with the scope's command
/// budget (the start-up preparation's is longer). A context a reader pointed elsewhere (the standby) or gave another
/// budget goes back to the primary and the default when it is next handed out.
/// </summary>
internal sealed class ActingContexts(
    ContextPool pool, ICurrentUser user, DatabaseConnections connections, DatabasePreparationScope preparation, IOptions<DatabaseOptions> limits)
    : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => HandOut(pool.Contexts.CreateDbContext());

    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        HandOut(await pool.Contexts.CreateDbContextAsync(cancellationToken));

    private AppDbContext HandOut(AppDbContext db)
    {
        db.CurrentUser = user;
        var (connection, timeout) = preparation.IsPreparing
            ? (connections.Preparing, limits.Value.PreparationCommandTimeoutSeconds)
            : (connections.Primary, limits.Value.CommandTimeoutSeconds);
        if (!string.Equals(db.Database.GetConnectionString(), connection, StringComparison.Ordinal))
        {
            db.Database.SetConnectionString(connection);
        }

        if (db.Database.GetCommandTimeout() != timeout)
        {
            db.Database.SetCommandTimeout(timeout);
        }

        return db;
    }
}
