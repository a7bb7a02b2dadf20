using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;
using Npgsql;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// The write path's bulk branch: a batch's new aggregates stored by PostgreSQL's binary COPY instead of one INSERT per
/// record, on the write's connection and so inside its transaction. They go a slice at a time: a slice is tracked as
/// added (so the one history interceptor writes for it the very entries a save would), its rows are copied table by
/// table in the model's mapping (each table after those it refers to), its history is copied, and it is let go before
/// the next slice is taken, so the change tracker never holds more than one slice. The database's rules hold as for
/// an INSERT: keys, references, check constraints and triggers (funding sums, search refresh) fire for COPY too.
/// </summary>
internal static class AggregateCopy
{
    /// <summary>
    /// Whether these new aggregates can be copied: the context records history with its interceptor, and every column
    /// their records write is given by the app, apart from row versions and generated surrogate keys the database fills
    /// in. Otherwise they are saved one INSERT each, as any write.
    /// </summary>
    public static bool CanCopy(AppDbContext db, IReadOnlyList<object> aggregates)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aggregates);
        if (RecorderOf(db) is null)
        {
            return false;
        }

        foreach (var type in aggregates.Select(a => a.GetType()).Distinct())
        {
            if (db.Model.FindEntityType(type) is not { } entityType || !Copyable(entityType, []))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The save before the copy and the copy are one change set in the history, as one save would be.</summary>
    public static void OneChangeSet(AppDbContext db) =>
        (RecorderOf(db) ?? throw new InvalidOperationException("New aggregates were to be copied by a context that records no history.")).KeepOneChangeSet(db);

    /// <summary>Stores <paramref name="aggregates"/> (new, not tracked) by COPY, <paramref name="slice"/> at a time, with their history, in the open transaction.</summary>
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<object> aggregates, int slice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aggregates);
        var recorder = RecorderOf(db) ?? throw new InvalidOperationException("New aggregates were to be copied by a context that records no history.");
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;

        // What was saved before is not looked through again for each slice: nothing changes it any more.
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var part in aggregates.Chunk(Math.Max(1, slice)))
            {
                foreach (var aggregate in part)
                {
                    db.Add(aggregate);
                }

                var added = tracker.Entries().Where(e => e.State == EntityState.Added).ToList();
                var history = await recorder.RecordAsync(db, added, cancellationToken);
                foreach (var table in Tables(added))
                {
                    await CopyAsync(db, table, cancellationToken);
                }

                await HistoryCopy.WriteAsync(db, history, cancellationToken);
                foreach (var entry in added)
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static HistoryRecorder? RecorderOf(AppDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<HistoryRecorder>().SingleOrDefault();

    private static bool Copyable(IEntityType type, HashSet<IEntityType> seen)
    {
        if (!seen.Add(type))
        {
            return true;
        }

        if (type.GetTableName() is null || type.GetProperties().Any(p => p.ValueGenerated != ValueGenerated.Never && !FilledByDatabase(p)))
        {
            return false;
        }

        // The records an aggregate holds: owned ones and dependents it reaches by navigation.
        return type.GetNavigations().Where(n => !n.IsOnDependent).All(n => Copyable(n.TargetEntityType, seen))
            && !type.GetSkipNavigations().Any();
    }

    /// <summary>
    /// A column left out of the COPY for the database to fill: the row version, a generated surrogate key, or a column it
    /// computes from the others (an initiative's folded texts).
    /// </summary>
    private static bool FilledByDatabase(IProperty property) =>
        property.ValueGenerated != ValueGenerated.Never
        && (property.IsConcurrencyToken || property.GetComputedColumnSql() is not null || (property.IsPrimaryKey() && property.GetValueGenerationStrategy() != Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.None));

    /// <summary>The rows of each table the entries write (records sharing a table and a key make one row), each table after the tables it refers to.</summary>
    private static IEnumerable<TableRows> Tables(IReadOnlyList<EntityEntry> added)
    {
        var tables = new Dictionary<ITable, TableRows>();
        foreach (var entry in added)
        {
            foreach (var mapping in entry.Metadata.GetTableMappings())
            {
                if (!tables.TryGetValue(mapping.Table, out var rows))
                {
                    rows = new TableRows(mapping.Table);
                    tables.Add(mapping.Table, rows);
                }

                rows.Add(entry, mapping);
            }
        }

        return tables.Values.OrderBy(t => Depth(t.Table, [])).ThenBy(t => t.Table.Name, StringComparer.Ordinal);
    }

    /// <summary>The longest chain of references from the table to one that refers to none.</summary>
    private static int Depth(ITable table, HashSet<ITable> path)
    {
        if (!path.Add(table))
        {
            return 0;
        }

        var depth = table.ForeignKeyConstraints.Where(f => f.PrincipalTable != table).Select(f => 1 + Depth(f.PrincipalTable, path)).DefaultIfEmpty(0).Max();
        path.Remove(table);
        return depth;
    }

    private static async Task CopyAsync(AppDbContext db, TableRows rows, CancellationToken cancellationToken)
    {
        var columns = rows.Columns;
        var command = new StringBuilder("COPY ").Append(Quoted(rows.Table.Schema, rows.Table.Name)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Quoted(null, c.Name)))
            .Append(") FROM STDIN (FORMAT BINARY)")
            .ToString();
        var types = columns.Select(c => TypeName(c.StoreType)).ToArray();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(command, cancellationToken);
        importer.Timeout = TimeSpan.FromSeconds(db.Database.GetCommandTimeout() ?? connection.CommandTimeout);
        foreach (var values in rows.Values(columns))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(values[i], types[i], cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>The type's name without its length or precision ("character varying(500)" → "character varying"): the binary form does not depend on them.</summary>
    private static string TypeName(string storeType) =>
        storeType.IndexOf('(', StringComparison.Ordinal) is var open and >= 0
            ? storeType[..open].TrimEnd() + storeType[(storeType.IndexOf(')', open) + 1)..]
            : storeType;

    private static string Quoted(string? schema, string name) =>
        (schema is null ? string.Empty : $"\"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".") + $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>One table's rows, each put together from the records mapped to it (an initiative and its implementation period share a row).</summary>
    private sealed class TableRows(ITable table)
    {
        private readonly Dictionary<string, List<(EntityEntry Entry, ITableMapping Mapping)>> rows = new(StringComparer.Ordinal);
        private readonly HashSet<IColumn> written = [];

        public ITable Table => table;

        /// <summary>The columns the records give values to, in the table's order; those the database fills are left out.</summary>
        public IReadOnlyList<IColumn> Columns => [.. table.Columns.Where(written.Contains)];

        public void Add(EntityEntry entry, ITableMapping mapping)
        {
            var key = string.Join('\u001f', table.PrimaryKey!.Columns.Select(c => Format(ValueOf(entry, mapping, c))));
            if (!rows.TryGetValue(key, out var records))
            {
                records = [];
                rows.Add(key, records);
            }

            records.Add((entry, mapping));
            foreach (var column in mapping.ColumnMappings.Where(c => !FilledByDatabase(c.Property)))
            {
                written.Add(column.Column);
            }
        }

        public IEnumerable<object?[]> Values(IReadOnlyList<IColumn> columns)
        {
            var index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
            foreach (var records in rows.Values)
            {
                var values = new object?[columns.Count];
                foreach (var (entry, mapping) in records)
                {
                    var current = entry.CurrentValues;
                    foreach (var column in mapping.ColumnMappings)
                    {
                        if (index.TryGetValue(column.Column, out var i))
                        {
                            var value = current[column.Property];
                            values[i] = value is null ? null : column.TypeMapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
                        }
                    }
                }

                yield return values;
            }
        }

        private static object? ValueOf(EntityEntry entry, ITableMapping mapping, IColumn column) =>
            mapping.ColumnMappings.FirstOrDefault(c => c.Column == column) is { } found ? entry.CurrentValues[found.Property] : null;

        private static string Format(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
