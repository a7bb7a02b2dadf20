using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Indicators;

/// <summary>
/// Another writer in the middle of a report, on a connection of its own: it holds the initiative's row locked, as the app's
/// writes do, and has stored a value not yet committed. What the test runs meanwhile waits for <see cref="CommitAsync"/>.
/// </summary>
internal sealed class ValueUnderWay : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private ValueUnderWay(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    /// <summary>Locks the initiative and stores <paramref name="value"/> for the period from <paramref name="start"/> to <paramref name="end"/>, uncommitted.</summary>
    public static async Task<ValueUnderWay> StoreAsync(string connectionString, Guid initiativeId, Guid indicatorId, DateOnly start, DateOnly end, decimal value, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var underWay = new ValueUnderWay(connection, transaction);
        await using (var lockIt = new NpgsqlCommand("SELECT 1 FROM initiatives WHERE id = $1 FOR UPDATE", connection, transaction) { Parameters = { new() { Value = initiativeId } } })
        {
            await lockIt.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var store = new NpgsqlCommand(
            "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, $6, 'Another reporter', now())",
            connection,
            transaction)
        {
            Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = initiativeId }, new() { Value = indicatorId }, new() { Value = start }, new() { Value = end }, new() { Value = value } },
        })
        {
            await store.ExecuteNonQueryAsync(cancellationToken);
        }

        return underWay;
    }

    /// <summary>The database backend of the report, whose lock a write waiting for it is held up by.</summary>
    public int ProcessId => connection.ProcessID;

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
