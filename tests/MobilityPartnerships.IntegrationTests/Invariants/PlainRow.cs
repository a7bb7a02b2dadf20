using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilityPartnerships.Web.Data;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>A column that holds an enum's member by name.</summary>
internal sealed record EnumColumn(string Table, string Column, Type Type);

/// <summary>
/// A row written by SQL around the app, as a script or a fix would write it: the columns a test names hold its values,
/// every other required column a plain value (an enum its first name). Whatever happens is rolled back.
/// </summary>
internal static class PlainRow
{
    /// <summary>Every column that holds an enum's name, as the model maps it.</summary>
    public static List<EnumColumn> EnumColumns(AppDbContext db) =>
        [.. DesignTimeModel(db).GetRelationalModel().Tables
            .SelectMany(table => table.Columns.Select(column => (table, column)))
            .Where(c => c.column.ProviderClrType == typeof(string))
            .Select(c => (c.table, c.column, type: c.column.PropertyMappings.Select(m => EnumOf(m.Property.ClrType)).FirstOrDefault(t => t is not null)))
            .Where(c => c.type is not null)
            .Select(c => new EnumColumn(c.table.Name, c.column.Name, c.type!))
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal)];

    public static IModel DesignTimeModel(AppDbContext db) => db.GetService<IDesignTimeModel>().Model;

    public static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    /// <summary>
    /// Inserts a row of <paramref name="table"/> holding <paramref name="values"/> (SQL literals by column) and rolls it
    /// back. Check constraints are tried before keys are, so the row needs no parent to meet its checks. With
    /// <paramref name="checksOnly"/>, keys and triggers are off (session_replication_role replica), so that a row
    /// its checks take is taken although its parents are made up. The refusal, or null if PostgreSQL took the row.
    /// </summary>
    public static async Task<PostgresException?> TryWritingAsync(string connectionString, string table, IReadOnlyDictionary<string, string> values, IReadOnlyList<EnumColumn> enumColumns, bool checksOnly = false)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var row = new Dictionary<string, string>(values);
        foreach (var (name, type) in await RequiredColumnsAsync(connection, table))
        {
            row.TryAdd(name, enumColumns.FirstOrDefault(e => e.Table == table && e.Column == name) is { } other ? $"'{Enum.GetNames(other.Type)[0]}'" : PlainValue(type));
        }

        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", row.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", row.Values)})";
        await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        try
        {
            if (checksOnly)
            {
                await using var replica = new NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, transaction);
                await replica.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return null;
        }
        catch (PostgresException refusal)
        {
            return refusal;
        }
        finally
        {
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The columns an INSERT must fill: not null, no default, not generated.</summary>
    private static async Task<List<(string Name, string Type)>> RequiredColumnsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1 AND is_nullable = 'NO'
              AND column_default IS NULL AND is_identity = 'NO' AND is_generated = 'NEVER'
            ORDER BY ordinal_position
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    private static string PlainValue(string type) => type switch
    {
        "uuid" => "gen_random_uuid()",
        "text" or "character varying" or "character" => "'x'",
        "smallint" or "integer" or "bigint" or "numeric" or "real" or "double precision" => "1",
        "boolean" => "false",
        "date" => "DATE '2020-01-01'",
        "timestamp with time zone" or "timestamp without time zone" => "TIMESTAMP '2020-01-01'",
        "interval" => "INTERVAL '1 day'",
        "jsonb" or "json" => "'{}'",
        "ARRAY" => "'{}'",
        "bytea" => "decode(repeat('00', 32), 'hex')",
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No plain value for a column of type {type}: add one.")),
    };
}
