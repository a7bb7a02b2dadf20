using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Presidencies;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Data.History;

/// <summary>
/// Writes, within the save itself (and so in its transaction), one history entry per changed field of
/// every added, changed or removed record, attributed to the aggregate it belongs to. A change inside an
/// aggregate (a funding line, a partner, a participant) also marks the aggregate's root as changed, so its
/// row version moves and a concurrent save based on the older version is refused: the whole aggregate is
/// the unit of conflict.
/// </summary>
internal sealed class HistoryRecorder(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly Type[] AggregateRoots = [typeof(Initiative), typeof(Partnership), typeof(Domain.Meetings.Meeting)];

    // Reference data loaded from files, not edited by users; Identity's own records, which hold secrets; sums the database keeps.
    private static readonly Type[] Unrecorded =
        [typeof(HistoryEntry), typeof(Figures.InitiativeFundingSums), typeof(Figures.PartnershipFigures), typeof(Figures.PartnershipChoice), typeof(PresidencyTerm), typeof(Preferences.RememberedMapping), typeof(Preferences.RememberedName), typeof(Domain.Comments.InitiativeComment), typeof(Domain.Meetings.MinutesComment), typeof(Domain.Scoreboards.PublishedScoreboard), typeof(Domain.Scoreboards.PublishedInitiative), typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey), typeof(IdentityUserClaim<Guid>), typeof(IdentityUserLogin<Guid>), typeof(IdentityUserToken<Guid>), typeof(Session), typeof(Security.Tokens.AccessToken), typeof(Mail.MailMessage), typeof(Mail.MailOptOut)];

    /// <summary>Whether records of this type are the roots of aggregates, under which the history files their parts' changes.</summary>
    public static bool IsAggregateRoot(Type type) => AggregateRoots.Contains(type);

    /// <summary>Whether changes to records of this type are written to the history.</summary>
    public static bool IsRecorded(Type type) => !Unrecorded.Contains(type);

    // Entries held back from a save to be copied in bulk once its records are written; keyed by the saving context.
    private readonly ConditionalWeakTable<DbContext, List<HistoryEntry>> pending = new();

    // A write that stores in several steps (a save, then new aggregates copied in bulk) is one change set; keyed by its context.
    private readonly ConditionalWeakTable<DbContext, ChangeSet> changeSets = new();

    /// <summary>Every entry this context records from now on belongs to one change set (one id, one moment), however many steps it saves in.</summary>
    public void KeepOneChangeSet(DbContext context) => changeSets.AddOrUpdate(context, new ChangeSet(Guid.CreateVersion7(), clock.GetUtcNow()));

    /// <summary>
    /// The entries of records about to be stored otherwise than by a save (the write path's bulk copy of new aggregates):
    /// the very entries a save of them would write, attributed and named the same way. <paramref name="added"/> holds whole
    /// aggregates, each root with its records.
    /// </summary>
    public async Task<List<HistoryEntry>> RecordAsync(DbContext context, IReadOnlyList<EntityEntry> added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(added);
        var roots = added.Where(e => AggregateRoots.Contains(e.Metadata.ClrType)).ToDictionary(e => (e.Metadata.ClrType, e.Property("Id").CurrentValue));
        var entries = Record(context, added.Where(e => e.State is EntityState.Added && IsRecorded(e.Metadata.ClrType)).ToList(), roots, out var names);
        if (entries.Count > 0)
        {
            Attribute(entries, await ActingUserAsync(context, cancellationToken), await ViaAsync(context, cancellationToken));
            await names.ResolveAsync(context, cancellationToken);
        }

        return entries;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var entries = Record(eventData.Context, out var names);
        if (entries.Count > 0)
        {
            Attribute(entries, ActingUserAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult(), ViaAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult());
            names.ResolveAsync(eventData.Context!, CancellationToken.None).GetAwaiter().GetResult();
            eventData.Context!.AddRange(entries);
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var entries = Record(eventData.Context, out var names);
        if (entries.Count > 0)
        {
            Attribute(entries, await ActingUserAsync(eventData.Context, cancellationToken), await ViaAsync(eventData.Context, cancellationToken));
            await names.ResolveAsync(eventData.Context!, cancellationToken);
            if (entries.Count > HistoryCopy.Above && eventData.Context!.Database.CurrentTransaction is not null)
            {
                // Many entries (an import): written after the records, by binary COPY, in the same transaction.
                pending.AddOrUpdate(eventData.Context, entries);
            }
            else
            {
                eventData.Context!.AddRange(entries);
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && pending.TryGetValue(context, out var entries))
        {
            pending.Remove(context);
            await HistoryCopy.WriteAsync(context, entries, cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }

        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    /// <summary>The name of the user making the change. Nothing is written without one.</summary>
    private static async Task<string> ActingUserAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not AppDbContext app)
        {
            return string.Empty;
        }

        var principal = await app.CurrentUser.PrincipalAsync(cancellationToken);
        return principal.Identity?.IsAuthenticated == true && AccountClaims.NameOf(principal) is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException("A change was about to be saved with nobody signed in; nothing was written.");
    }

    /// <summary>How the change came when not through the app's pages: <see cref="Security.Tokens.TokenClaims.ViaApi"/> for a program's token.</summary>
    private static async Task<string?> ViaAsync(DbContext? context, CancellationToken cancellationToken) =>
        context is AppDbContext app ? Security.Tokens.TokenClaims.ViaOf(await app.CurrentUser.PrincipalAsync(cancellationToken)) : null;

    private static void Attribute(List<HistoryEntry> entries, string userName, string? via)
    {
        foreach (var entry in entries)
        {
            entry.UserName = userName;
            entry.Via = via;
        }
    }

    private List<HistoryEntry> Record(DbContext? context, out HistoryNames names)
    {
        names = new HistoryNames();
        if (context is null)
        {
            return [];
        }

        context.ChangeTracker.DetectChanges();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Unrecorded.Contains(e.Metadata.ClrType))
            .ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        // Found once, not per record: a save of many initiatives (an import) stays linear.
        var roots = context.ChangeTracker.Entries()
            .Where(e => AggregateRoots.Contains(e.Metadata.ClrType))
            .ToDictionary(e => (e.Metadata.ClrType, e.Property("Id").CurrentValue));
        return Record(context, changed, roots, out names);
    }

    private List<HistoryEntry> Record(DbContext context, List<EntityEntry> changed, Dictionary<(Type, object?), EntityEntry> roots, out HistoryNames names)
    {
        names = new HistoryNames();
        var (changeSetId, occurredAt) = changeSets.TryGetValue(context, out var set) ? set : new ChangeSet(Guid.CreateVersion7(), clock.GetUtcNow());
        var entries = new List<HistoryEntry>();
        var replaced = ReplacedOwnedValues(changed);
        var givenUp = replaced.Values.ToHashSet();
        foreach (var entry in changed)
        {
            if (givenUp.Contains(entry))
            {
                // The value its owner gave up: written with the one replacing it, as the parts that changed.
                continue;
            }

            var before = replaced.GetValueOrDefault(entry);
            var aggregate = AggregateOf(roots, entry);
            if (aggregate.Root is { State: EntityState.Unchanged } root && aggregate.IsPartOfIt)
            {
                root.State = EntityState.Modified;
            }

            var action = entry.State switch
            {
                _ when before is not null => HistoryAction.Changed,
                EntityState.Added => HistoryAction.Added,
                EntityState.Deleted => HistoryAction.Removed,
                _ => HistoryAction.Changed,
            };
            var recordId = aggregate.Root == entry ? null : RecordKeyOf(entry);
            var record = recordId is null ? null : RecordOf(entry);
            var first = entries.Count;
            // An owned value's parts in the order it declares them (start before end); other records' as the model lists them.
            var properties = HistoryReferences.IsOwnedValue(entry.Metadata)
                ? HistoryReferences.DeclaredOrder(entry.Metadata).Select(p => entry.Property(p.Name))
                : entry.Properties.Where(p => IsRecorded(p.Metadata));
            foreach (var property in properties)
            {
                var oldValue = action == HistoryAction.Added ? null : Format(before is null ? property.OriginalValue : before.Property(property.Metadata.Name).OriginalValue);
                var newValue = action == HistoryAction.Removed ? null : Format(property.CurrentValue);
                if (oldValue == newValue || (action == HistoryAction.Changed && before is null && !property.IsModified))
                {
                    continue;
                }

                var recorded = new HistoryEntry
                {
                    ChangeSetId = changeSetId,
                    OccurredAt = occurredAt,
                    AggregateType = aggregate.Type,
                    AggregateId = aggregate.Id,
                    RecordType = entry.Metadata.ClrType.Name,
                    RecordId = recordId,
                    Action = action,
                    Field = property.Metadata.Name,
                    OldValue = oldValue,
                    NewValue = newValue,
                    ValueType = HistoryReferences.ValueTypeOf(property.Metadata),
                    RecordKind = record?.Kind,
                };
                if (recorded.ValueType is { } valueType && HistoryReferences.Named.Contains(valueType))
                {
                    names.Value(recorded, valueType, oldValue, newValue);
                }

                entries.Add(recorded);
            }

            if (record is not null && entries.Count > first)
            {
                var written = entries.GetRange(first, entries.Count - first);
                names.Record(written, record.Name, record.NameType);
                if (HistoryReferences.IsCounted(entry.Metadata.ClrType.Name))
                {
                    names.Place(written, entry, aggregate.Root);
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// The owned values (<see cref="HistoryReferences.IsOwnedValue"/>) given a new instance in this save, each with the one it
    /// replaces: EF removes the old and adds the new under the same key, but to a reader the owner's value changed.
    /// </summary>
    private static Dictionary<EntityEntry, EntityEntry> ReplacedOwnedValues(List<EntityEntry> changed)
    {
        var owned = changed.Where(e => e.State is EntityState.Added or EntityState.Deleted && HistoryReferences.IsOwnedValue(e.Metadata)).ToList();
        if (owned.Count < 2)
        {
            return [];
        }

        string Key(EntityEntry e) => e.Metadata.Name + "|" + string.Join(",", e.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Format(e.State == EntityState.Deleted ? e.Property(p.Name).OriginalValue : e.Property(p.Name).CurrentValue)));
        var given = owned.Where(e => e.State == EntityState.Deleted).ToLookup(Key);
        var replaced = new Dictionary<EntityEntry, EntityEntry>();
        foreach (var entry in owned.Where(e => e.State == EntityState.Added))
        {
            if (given[Key(entry)].FirstOrDefault() is { } old)
            {
                replaced[entry] = old;
            }
        }

        return replaced;
    }

    /// <summary>How the record is told apart from its siblings: its name (or the id of the record naming it) and its kind, as they are in this save.</summary>
    private static RecordFacts RecordOf(EntityEntry entry)
    {
        string? Current(Microsoft.EntityFrameworkCore.Metadata.IProperty? property) =>
            property is null ? null : Format(entry.State == EntityState.Deleted ? entry.Property(property.Name).OriginalValue : entry.Property(property.Name).CurrentValue);

        var nameProperty = HistoryReferences.NameProperty(entry.Metadata);
        var kindProperty = HistoryReferences.KindProperty(entry.Metadata);
        var kind = Current(kindProperty) is { } code ? $"{HistoryReferences.ValueTypeOf(kindProperty!)}.{code}" : null;
        return new RecordFacts(Current(nameProperty), nameProperty is null ? null : HistoryReferences.ValueTypeOf(nameProperty), kind);
    }

    private sealed record RecordFacts(string? Name, string? NameType, string? Kind);

    private sealed record ChangeSet(Guid Id, DateTimeOffset OccurredAt);

    // Surrogate keys and the link to the owner say nothing to a reader; a key made of meaningful values
    // (a partner's organisation and role, a thematic area) is what was added or removed, so it is recorded.
    /// <summary>
    /// Whether a change to this property of a recorded record is written to the history: not the row version, a hidden
    /// owner key, a surrogate id or a column the database computes from the others (an initiative's folded texts), and
    /// of an account only what <see cref="Account.AuditedFields"/> names.
    /// </summary>
    public static bool IsRecorded(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property) =>
        !property.IsConcurrencyToken
        && property.GetComputedColumnSql() is null
        && !(property.IsShadowProperty() && property.IsForeignKey())
        && !(property.IsPrimaryKey() && IsSurrogateKey(property))
        && (property.DeclaringType.ClrType != typeof(Account) || Account.AuditedFields.Contains(property.Name));

    private static bool IsSurrogateKey(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property) =>
        string.Equals(property.Name, "Id", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The aggregate a record belongs to. A record linked to a root by a cascading or owning relationship is part
    /// of it (its change moves the root's version); a record merely pointing at a root, such as a progress update,
    /// is shown with it but does not conflict with edits to it.
    /// </summary>
    private static (string Type, string Id, EntityEntry? Root, bool IsPartOfIt) AggregateOf(Dictionary<(Type, object?), EntityEntry> roots, EntityEntry entry)
    {
        if (AggregateRoots.Contains(entry.Metadata.ClrType))
        {
            return (entry.Metadata.ClrType.Name, KeyOf(entry), entry, true);
        }

        var link = entry.Metadata.GetForeignKeys().FirstOrDefault(fk => AggregateRoots.Contains(fk.PrincipalEntityType.ClrType));
        if (link is null)
        {
            return (entry.Metadata.ClrType.Name, KeyOf(entry), null, false);
        }

        var property = entry.Property(link.Properties[0].Name);
        var rootId = entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
        var root = roots.GetValueOrDefault((link.PrincipalEntityType.ClrType, rootId));
        var isPartOfIt = link.IsOwnership || link.DeleteBehavior == DeleteBehavior.Cascade;
        return (link.PrincipalEntityType.ClrType.Name, Format(rootId) ?? string.Empty, root, isPartOfIt);
    }

    private static string RecordKeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
            .Where(p => !(p.IsShadowProperty() && p.IsForeignKey()))
            .Select(p => Format(entry.State == EntityState.Deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)));

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    internal static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("O", CultureInfo.InvariantCulture),
        // Two decimals at least (amounts), four at most (an indicator's values).
        decimal amount => amount.ToString("0.00##", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Format)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
