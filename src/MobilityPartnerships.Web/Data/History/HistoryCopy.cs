using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MobilityPartnerships.Web.Data.History;

/// <summary>
/// Writes many history entries at once with PostgreSQL's binary COPY, on the saving context's connection and so
/// inside its transaction: a save that fails or is rolled back leaves none of them.
/// </summary>
internal static class HistoryCopy
{
    /// <summary>Above this many entries in one save they are copied in bulk rather than inserted one by one.</summary>
    public const int Above = 200;

    private const string Command =
        "COPY history_entries (change_set_id, occurred_at, user_name, aggregate_type, aggregate_id, record_type, record_id, action, field, old_value, new_value, value_type, old_name, new_name, record_name, record_kind, record_ordinal, via) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(DbContext context, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(Command, cancellationToken);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(entry.ChangeSetId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(entry.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(entry.UserName, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(entry.AggregateType, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(entry.AggregateId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(entry.RecordType, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(importer, entry.RecordId, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(entry.Action.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(entry.Field, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(importer, entry.OldValue, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, entry.NewValue, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, entry.ValueType, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(importer, entry.OldName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, entry.NewName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, entry.RecordName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, entry.RecordKind, NpgsqlDbType.Varchar, cancellationToken);
            if (entry.RecordOrdinal is { } ordinal)
            {
                await importer.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await WriteNullableAsync(importer, entry.Via, NpgsqlDbType.Varchar, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);
}
