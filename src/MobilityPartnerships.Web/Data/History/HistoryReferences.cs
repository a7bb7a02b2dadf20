using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Data.History;

/// <summary>
/// What a history entry needs to be worded without the records it names: what its values are (an enum's codes, ids of
/// organisations, thematic areas or commitments) and how the record it belongs to is told apart from its siblings
/// (its name, its kind, its place). Read from the model, so a new field or record is covered without a list to keep.
/// </summary>
public static class HistoryReferences
{
    /// <summary>
    /// The records whose ids history replaces by their names: how one tracked in a save is named, and how stored ones
    /// are read (an organisation by its short name where it has one).
    /// </summary>
    internal static readonly IReadOnlyList<NamedRecord> NamedRecords =
    [
        NamedRecord.Of<Organisation>(o => o.Id, o => o.DisplayName, o => new NamedRow(o.Id, o.ShortName ?? o.Name)),
        NamedRecord.Of<ThematicArea>(a => a.Id, a => a.Name, a => new NamedRow(a.Id, a.Name)),
        NamedRecord.Of<Commitment>(c => c.Id, c => c.Text, c => new NamedRow(c.Id, c.Text)),
        NamedRecord.Of<Account>(a => a.Id, a => a.DisplayName, a => new NamedRow(a.Id, a.DisplayName)),
        NamedRecord.Of<Indicator>(i => i.Id, i => i.Name, i => new NamedRow(i.Id, i.Name)),
    ];

    /// <summary>The records whose ids history replaces by their names, and the record type it says they are.</summary>
    public static readonly IReadOnlySet<string> Named = NamedRecords.Select(r => r.Type).ToHashSet(StringComparer.Ordinal);

    // The record types counted rather than named: several of one initiative may have no name at all.
    private static readonly HashSet<string> Counted = new HashSet<string>(StringComparer.Ordinal) { nameof(FundingLine) };

    // The property naming a record, where it is not "Name" or "Title".
    private static readonly Dictionary<string, string> NameProperties = new(StringComparer.Ordinal)
    {
        [nameof(FundingLine)] = nameof(FundingLine.Programme),
        [nameof(IndicatorValue)] = nameof(IndicatorValue.IndicatorId),
        [nameof(Domain.Meetings.ActionPoint)] = nameof(Domain.Meetings.ActionPoint.Text),
    };

    // The enum properties saying what kind of record one is, tried in this order.
    private static readonly string[] KindProperties = ["SourceKind", "Role", "Basis", "Kind"];

    private static readonly ConcurrentDictionary<IModel, IReadOnlyDictionary<(string Record, string Field), string>> ValueTypesByModel = new();

    private static readonly ConcurrentDictionary<IModel, IReadOnlySet<(string Record, string Field)>> NumbersByModel = new();

    private static readonly ConcurrentDictionary<IModel, IReadOnlyDictionary<string, RecordParts>> PartsByModel = new();

    /// <summary>"Pillar" for a property holding <see cref="Pillar"/> codes, "Organisation" for an organisation's id; null for plain values.</summary>
    public static string? ValueTypeOf(IProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        return type.IsEnum ? type.Name : ReferencedType(property, 0);
    }

    /// <summary>Every recorded (record, field) of the model with the type of its values, for entries written before it was kept.</summary>
    public static IReadOnlyDictionary<(string Record, string Field), string> ValueTypes(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ValueTypesByModel.GetOrAdd(model, m =>
        {
            var found = new Dictionary<(string, string), string>();
            foreach (var entity in m.GetEntityTypes())
            {
                foreach (var property in entity.GetProperties())
                {
                    if (ValueTypeOf(property) is { } type)
                    {
                        found.TryAdd((entity.ClrType.Name, property.Name), type);
                    }
                }
            }

            return found;
        });
    }

    /// <summary>Every recorded (record, field) of the model whose values are decimal numbers, which history writes in the reader's language.</summary>
    public static IReadOnlySet<(string Record, string Field)> Numbers(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return NumbersByModel.GetOrAdd(model, m => m.GetEntityTypes()
            .SelectMany(e => e.GetProperties()
                .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) is var type && type == typeof(decimal))
                .Select(p => (e.ClrType.Name, p.Name)))
            .ToHashSet());
    }

    /// <summary>
    /// Whether records of this type are a value with parts that one record owns, one to it (an initiative's implementation
    /// period): it has no identity of its own, so giving its owner a new one changes its parts; it is not removed and added.
    /// </summary>
    public static bool IsOwnedValue(IReadOnlyEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.FindOwnership() is { IsUnique: true };
    }

    /// <summary>
    /// Every recorded record of the model by its record type: its recorded parts in the order its type declares them (a
    /// period's start before its end, an amount after what it funds), and for an owned value (<see cref="IsOwnedValue"/>)
    /// its owner's type. Found once per model; history reads a record's parts in this order, however they were stored.
    /// </summary>
    public static IReadOnlyDictionary<string, RecordParts> Parts(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return PartsByModel.GetOrAdd(model, m => m.GetEntityTypes()
            .Where(e => HistoryRecorder.IsRecorded(e.ClrType))
            .GroupBy(e => e.ClrType.Name, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new RecordParts([.. DeclaredOrder(g.First()).Select(p => p.Name)], IsOwnedValue(g.First()) ? g.First().FindOwnership()!.PrincipalEntityType.ClrType.Name : null),
                StringComparer.Ordinal));
    }

    /// <summary>A record's recorded properties in the order its type declares them (start before end), not the model's alphabetical one.</summary>
    public static IEnumerable<IProperty> DeclaredOrder(IEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.GetProperties()
            .Where(HistoryRecorder.IsRecorded)
            .OrderBy(p => p.PropertyInfo?.MetadataToken ?? int.MaxValue)
            .ThenBy(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The property naming a record of this type (its name, title or programme, or the organisation or area it stands for); null when it has none.</summary>
    public static IProperty? NameProperty(IEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (NameProperties.TryGetValue(entity.ClrType.Name, out var named))
        {
            return entity.FindProperty(named);
        }

        return entity.FindProperty("Name") ?? entity.FindProperty("Title")
            ?? entity.GetProperties().FirstOrDefault(p => !p.IsShadowProperty() && ReferencedType(p, 0) is not null && (p.IsKey() || p.Name == "OrganisationId"));
    }

    /// <summary>The enum property saying what kind of record it is (a partner's role, a funding line's source); null when it has none.</summary>
    public static IProperty? KindProperty(IEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return KindProperties.Select(entity.FindProperty).FirstOrDefault(p => p is not null && (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum);
    }

    /// <summary>Whether records of this type are told apart by their place among their siblings.</summary>
    public static bool IsCounted(string recordType) => Counted.Contains(recordType);

    // An id pointing at a named record, directly or through a composite key (an initiative's lead is a participant's organisation).
    private static string? ReferencedType(IProperty property, int depth)
    {
        if (depth > 3)
        {
            return null;
        }

        foreach (var key in property.GetContainingForeignKeys())
        {
            var principal = key.PrincipalKey.Properties[key.Properties.ToList().IndexOf(property)];
            if (Named.Contains(key.PrincipalEntityType.ClrType.Name) && principal.IsPrimaryKey())
            {
                return key.PrincipalEntityType.ClrType.Name;
            }

            if (ReferencedType(principal, depth + 1) is { } through)
            {
                return through;
            }
        }

        return null;
    }
}

/// <summary>
/// A record's recorded parts in the order its type declares them and, when it is a value one record owns
/// (<see cref="HistoryReferences.IsOwnedValue"/>), its owner's record type.
/// </summary>
public sealed record RecordParts(IReadOnlyList<string> Parts, string? OwnedBy)
{
    /// <summary>The place of a part in the record, from 0; after every part for a field it no longer has.</summary>
    public int PlaceOf(string field)
    {
        for (var at = 0; at < Parts.Count; at++)
        {
            if (string.Equals(Parts[at], field, StringComparison.Ordinal))
            {
                return at;
            }
        }

        return int.MaxValue;
    }
}

/// <summary>A record's id and its name as history keeps it.</summary>
internal sealed record NamedRow(Guid Id, string Name);

/// <summary>A kind of record history names: its type name, the name of one tracked in a save, and the names of stored ones.</summary>
internal sealed record NamedRecord(
    string Type,
    Func<object, NamedRow?> Tracked,
    Func<DbContext, IReadOnlyCollection<Guid>, CancellationToken, Task<List<NamedRow>>> StoredAsync)
{
    public static NamedRecord Of<T>(Func<T, Guid> id, Func<T, string> name, Expression<Func<T, NamedRow>> stored)
        where T : class =>
        new(
            typeof(T).Name,
            entity => entity is T record ? new NamedRow(id(record), name(record)) : null,
            (context, ids, cancellationToken) => context.Set<T>().AsNoTracking()
                .Where(r => ids.Contains(EF.Property<Guid>(r, "Id")))
                .Select(stored)
                .ToListAsync(cancellationToken));
}
