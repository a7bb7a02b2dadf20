using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Data.History;

/// <summary>
/// Fills in, before a save is written, the names history keeps of the records its entries point at (an organisation as
/// it is called today, not when someone reads the entry) and the place of a counted record among its siblings. A few
/// queries per save whatever its size: one per kind of named record, one for the siblings not loaded.
/// </summary>
internal sealed class HistoryNames
{
    private readonly List<(HistoryEntry Entry, string Type, Guid? Old, Guid? New)> values = [];
    private readonly List<(List<HistoryEntry> Entries, string Name, string? Type)> records = [];
    private readonly List<(List<HistoryEntry> Entries, EntityEntry Record, EntityEntry? Root)> places = [];

    /// <summary>The entry's values are ids of records of <paramref name="type"/>: keep their names.</summary>
    public void Value(HistoryEntry entry, string type, string? oldValue, string? newValue) =>
        values.Add((entry, type, Id(oldValue), Id(newValue)));

    /// <summary>The entries of one record: keep its name, read from the record naming it when <paramref name="type"/> says it is an id.</summary>
    public void Record(List<HistoryEntry> entries, string? name, string? type)
    {
        if (name is not null)
        {
            records.Add((entries, name, type));
        }
    }

    /// <summary>The entries of a counted record: keep its place among its siblings.</summary>
    public void Place(List<HistoryEntry> entries, EntityEntry record, EntityEntry? root) => places.Add((entries, record, root));

    public async Task ResolveAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (values.Count > 0 || records.Exists(r => r.Type is not null))
        {
            var names = await NamesAsync(context, cancellationToken);
            foreach (var (entry, type, old, @new) in values)
            {
                entry.OldName = old is { } o ? names.GetValueOrDefault((type, o)) : null;
                entry.NewName = @new is { } n ? names.GetValueOrDefault((type, n)) : null;
            }

            foreach (var (entries, name, type) in records)
            {
                var words = type is null ? name : Id(name) is { } id ? names.GetValueOrDefault((type, id)) : null;
                entries.ForEach(e => e.RecordName = words);
            }
        }
        else
        {
            records.ForEach(r => r.Entries.ForEach(e => e.RecordName = r.Name));
        }

        if (places.Count > 0)
        {
            await PlaceAsync(context, cancellationToken);
        }
    }

    private async Task<Dictionary<(string, Guid), string>> NamesAsync(DbContext context, CancellationToken cancellationToken)
    {
        var wanted = values.SelectMany(v => new[] { (v.Type, v.Old), (v.Type, v.New) })
            .Concat(records.Where(r => r.Type is not null).Select(r => (Type: r.Type!, Id(r.Name))))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.Type, Id: x.Item2!.Value))
            .ToHashSet();
        var names = new Dictionary<(string, Guid), string>();

        // A record added or renamed in this very save is named as it is saved; the others as they are stored.
        foreach (var tracked in context.ChangeTracker.Entries().Where(e => HistoryReferences.Named.Contains(e.Metadata.ClrType.Name)))
        {
            foreach (var named in HistoryReferences.NamedRecords)
            {
                if (named.Tracked(tracked.Entity) is { } row && wanted.Remove((named.Type, row.Id)))
                {
                    names[(named.Type, row.Id)] = row.Name;
                }
            }
        }

        foreach (var named in HistoryReferences.NamedRecords)
        {
            var missing = wanted.Where(w => w.Type == named.Type).Select(w => w.Id).ToList();
            if (missing.Count > 0)
            {
                foreach (var row in await named.StoredAsync(context, missing, cancellationToken))
                {
                    names[(named.Type, row.Id)] = row.Name;
                }
            }
        }

        return names;
    }

    /// <summary>
    /// A funding line's place among its initiative's lines, in the order they were added (their ids are time-ordered,
    /// and compared as PostgreSQL compares them): a removed line where it stood, an added one where it now stands.
    /// </summary>
    private async Task PlaceAsync(DbContext context, CancellationToken cancellationToken)
    {
        const string Owner = "initiative_id";
        Guid OwnerOf(EntityEntry e) => (Guid)(e.State == EntityState.Deleted ? e.Property(Owner).OriginalValue : e.Property(Owner).CurrentValue)!;

        var tracked = context.ChangeTracker.Entries<FundingLine>()
            .Select(e => (Owner: OwnerOf(e), e.Entity.Id, e.State))
            .ToList();

        // Siblings not loaded (the initiative not tracked with its lines) are read from the database.
        var unloaded = places
            .Where(p => p.Root is not { State: EntityState.Added } && p.Root?.Collection(nameof(Initiative.FundingLines)).IsLoaded != true)
            .Select(p => OwnerOf(p.Record))
            .Distinct()
            .ToList();
        var stored = unloaded.Count == 0
            ? []
            : await context.Set<FundingLine>().AsNoTracking()
                .Where(f => unloaded.Contains(EF.Property<Guid>(f, Owner)))
                .Select(f => new { Owner = EF.Property<Guid>(f, Owner), f.Id })
                .ToListAsync(cancellationToken);

        var trackedByOwner = tracked.ToLookup(t => t.Owner);
        var storedByOwner = stored.ToLookup(s => s.Owner, s => s.Id);
        var orders = new Dictionary<(Guid, bool), List<Guid>>();
        foreach (var (entries, record, _) in places)
        {
            var owner = OwnerOf(record);
            var removing = record.State == EntityState.Deleted;
            if (!orders.TryGetValue((owner, removing), out var siblings))
            {
                var known = trackedByOwner[owner].ToList();
                var knownIds = known.Select(t => t.Id).ToHashSet();
                siblings = [.. known.Where(t => removing ? t.State != EntityState.Added : t.State != EntityState.Deleted).Select(t => t.Id)
                    .Concat(storedByOwner[owner].Where(id => !knownIds.Contains(id)))
                    .OrderBy(g => g.ToString("N"), StringComparer.Ordinal)];
                orders[(owner, removing)] = siblings;
            }

            var place = siblings.IndexOf(((FundingLine)record.Entity).Id) + 1;
            entries.ForEach(e => e.RecordOrdinal = place > 0 ? place : null);
        }
    }

    private static Guid? Id(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
