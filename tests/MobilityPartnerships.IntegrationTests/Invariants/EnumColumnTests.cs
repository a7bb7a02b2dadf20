using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilityPartnerships.Web.Data;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>
/// An enum is stored by its member's name, and the database holds it to those names: SQL that writes any other
/// text is refused, so no row can stop the pages that read it. The columns come from the model at run time, so an
/// enum column added later is tried as well.
/// </summary>
public sealed class EnumColumnTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string NotAName = "NotAMemberOfTheEnum";

    [Fact]
    public async Task Every_enum_is_stored_in_a_column_of_its_own_by_name()
    {
        await using var db = await fixture.CreateContextAsync();

        // The names' check covers one enum per text column: another storage (a number, a list, JSON) needs its own.
        var storedOtherwise = DesignTimeModel(db).GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => EnumOf(p.ClrType) is not null ? p.GetTypeMapping().Converter?.ProviderClrType != typeof(string) : p.GetElementType() is { } element && EnumOf(element.ClrType) is not null)
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}")
            .ToList();

        Assert.Empty(storedOtherwise);
        Assert.NotEmpty(EnumColumns(db));
    }

    [Fact]
    public async Task A_name_outside_the_enum_is_refused_in_SQL_in_every_enum_column()
    {
        await using var db = await fixture.CreateContextAsync();
        var columns = EnumColumns(db);
        var accepted = new List<string>();

        foreach (var column in columns)
        {
            var outcome = await TryWritingAsync(column, NotAName, columns);
            if (outcome is not PostgresException { SqlState: PostgresErrorCodes.CheckViolation } refusal || refusal.ConstraintName != CheckOf(column))
            {
                accepted.Add($"{column.Table}.{column.Column}: {(outcome is null ? $"accepted '{NotAName}'" : outcome.MessageText)}");
            }
        }

        Assert.True(accepted.Count == 0, $"Enum columns that take a name outside their enum:\n{string.Join('\n', accepted)}");
    }

    [Fact]
    public async Task Every_name_of_the_enum_passes_its_column_check()
    {
        await using var db = await fixture.CreateContextAsync();
        var columns = EnumColumns(db);
        var refused = new List<string>();

        foreach (var column in columns)
        {
            foreach (var name in Enum.GetNames(column.Type))
            {
                // The plain row has no parent, so a key or a rule spanning tables may refuse it: not this column's check.
                if (await TryWritingAsync(column, name, columns) is { } refusal && refusal.ConstraintName == CheckOf(column))
                {
                    refused.Add($"{column.Table}.{column.Column} '{name}': {refusal.MessageText}");
                }
            }
        }

        Assert.True(refused.Count == 0, $"Enum names their column refuses:\n{string.Join('\n', refused)}");
    }

    /// <summary>Every column that holds an enum's name, as the model maps it.</summary>
    private static List<EnumColumn> EnumColumns(AppDbContext db) =>
        [.. DesignTimeModel(db).GetRelationalModel().Tables
            .SelectMany(table => table.Columns.Select(column => (table, column)))
            .Where(c => c.column.ProviderClrType == typeof(string))
            .Select(c => (c.table, c.column, type: c.column.PropertyMappings.Select(m => EnumOf(m.Property.ClrType)).FirstOrDefault(t => t is not null)))
            .Where(c => c.type is not null)
            .Select(c => new EnumColumn(c.table.Name, c.column.Name, c.type!))
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal)];

    private static IModel DesignTimeModel(AppDbContext db) => db.GetService<IDesignTimeModel>().Model;

    private static string CheckOf(EnumColumn column) => $"ck_{column.Table}_{column.Column}_known";

    private static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    /// <summary>
    /// Inserts a row whose <paramref name="column"/> holds <paramref name="value"/>, every other required column a
    /// plain value (the table's other enums their first name), and rolls back whatever happened. Check constraints
    /// are tried before keys are, so the row needs no parent. The refusal, or null if PostgreSQL accepted the row.
    /// </summary>
    private async Task<PostgresException?> TryWritingAsync(EnumColumn column, string value, IReadOnlyList<EnumColumn> enumColumns)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var values = new Dictionary<string, string> { [column.Column] = $"'{value}'" };
        foreach (var (name, type) in await RequiredColumnsAsync(connection, column.Table))
        {
            values.TryAdd(name, enumColumns.FirstOrDefault(e => e.Table == column.Table && e.Column == name) is { } other ? $"'{Enum.GetNames(other.Type)[0]}'" : PlainValue(type));
        }

        var sql = $"INSERT INTO \"{column.Table}\" ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Values)})";
        await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        try
        {
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

    private sealed record EnumColumn(string Table, string Column, Type Type);
}
