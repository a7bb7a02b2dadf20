using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>Keeps each command a context sends to read rows, with its parameters, so a test can ask PostgreSQL how it ran them.</summary>
internal sealed class StatementRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<NpgsqlBatchCommand> statements = new();

    /// <summary>The statements read so far, in order, each a copy that can be sent again (e.g. under EXPLAIN).</summary>
    public IReadOnlyList<NpgsqlBatchCommand> Statements => [.. statements];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var copy = new NpgsqlBatchCommand(command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            copy.Parameters.Add(parameter.Clone());
        }

        statements.Enqueue(copy);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>
    /// The app's services on the database with this recorder on every context they create, and a scope of them acting for
    /// <paramref name="principal"/>: what a test takes its handler from to count what the handler reads.
    /// </summary>
    public RecordedScope Serve(string connectionString, ClaimsPrincipal principal)
    {
        var services = AppServices.Build(connectionString, replace: s => s.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(this)));
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(principal);
        return new RecordedScope(services, scope);
    }

    /// <summary>
    /// The rows each step of <paramref name="statement"/>'s actual plan read from <paramref name="table"/>: those it kept
    /// and those its filter removed, times the step's loops.
    /// </summary>
    public static async Task<long> RowsReadAsync(string connectionString, NpgsqlBatchCommand statement, string table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + statement.CommandText, connection);
        foreach (NpgsqlParameter parameter in statement.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        var plan = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        using var json = System.Text.Json.JsonDocument.Parse(plan);
        return Read(json.RootElement[0].GetProperty("Plan"), table);
    }

    private static long Read(System.Text.Json.JsonElement node, string table)
    {
        var read = 0L;
        if (node.TryGetProperty("Relation Name", out var relation) && relation.GetString() == table)
        {
            var removed = node.TryGetProperty("Rows Removed by Filter", out var filtered) ? filtered.GetInt64() : 0;
            read += (node.GetProperty("Actual Rows").GetInt64() + removed) * node.GetProperty("Actual Loops").GetInt64();
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                read += Read(child, table);
            }
        }

        return read;
    }
}

/// <summary>A scope of the app's services whose statements a <see cref="StatementRecorder"/> keeps; disposing it ends the services too.</summary>
internal sealed class RecordedScope(ServiceProvider services, AsyncServiceScope scope) : IAsyncDisposable
{
    public T Get<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
    }
}
