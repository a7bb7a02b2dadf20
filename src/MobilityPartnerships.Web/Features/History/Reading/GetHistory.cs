using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>The history of one partnership or initiative as a timeline, newest first, with names instead of ids.</summary>
public sealed class GetHistory(IDbContextFactory<AppDbContext> contexts, IStringLocalizer<Strings> text, AccessControl access)
{
    public const int MaxEvents = 100;

    /// <summary>The timeline, or none when the user may not see the record's history.</summary>
    public async Task<IReadOnlyList<HistoryEvent>> ExecuteAsync(string aggregateType, Guid aggregateId, CancellationToken cancellationToken)
    {
        var operation = aggregateType == nameof(Domain.Initiatives.Initiative) ? Operation.ViewInitiativeHistory : Operation.ViewPartnershipHistory;
        if (!await access.MayAsync(operation, aggregateId, cancellationToken))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = aggregateId.ToString();
        var changeSets = db.History
            .Where(h => h.AggregateType == aggregateType && h.AggregateId == id)
            .GroupBy(h => h.ChangeSetId)
            .Select(g => new { ChangeSetId = g.Key, Last = g.Max(h => h.Id) })
            .OrderByDescending(g => g.Last)
            .Take(MaxEvents)
            .Select(g => g.ChangeSetId);
        var entries = await db.History.AsNoTracking()
            .Where(h => h.AggregateType == aggregateType && h.AggregateId == id && changeSets.Contains(h.ChangeSetId))
            .OrderBy(h => h.Id)
            .ToListAsync(cancellationToken);

        var names = await NamesForOlderEntriesAsync(db, entries, cancellationToken);
        var wording = new HistoryWording(text, names, HistoryReferences.ValueTypes(db.Model));
        return [.. entries
            .GroupBy(e => e.ChangeSetId)
            .OrderByDescending(g => g.Max(e => e.Id))
            .Select(g => new HistoryEvent(g.First().OccurredAt, g.First().UserName, wording.Lines(g.ToList()), g.First().Via))];
    }

    /// <summary>
    /// Names for entries written before history kept them: today's names of the records their ids point at, and for
    /// records since removed, the last name their own history gave them. Entries that kept names need none of this.
    /// </summary>
    private static async Task<Dictionary<Guid, string>> NamesForOlderEntriesAsync(AppDbContext db, List<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        static Guid? Id(string? value) => Guid.TryParse(value, out var id) ? id : null;
        var ids = entries
            .SelectMany(e => new[] { e.OldName is null ? Id(e.OldValue) : null, e.NewName is null ? Id(e.NewValue) : null }
                .Concat(e.RecordName is null ? (e.RecordId ?? string.Empty).Split(',').Select(Id) : []))
            .OfType<Guid>()
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, Name = o.ShortName ?? o.Name })
            .Concat(db.ThematicAreas.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }))
            .Concat(db.Commitments.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, Name = c.Text }))
            .Concat(db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.Id, Name = o.ShortName ?? o.Name }))
            .Concat(db.Users.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, Name = a.DisplayName }))
            .Concat(db.FundingLines.AsNoTracking().Where(f => ids.Contains(f.Id) && f.Programme != null).Select(f => new { f.Id, Name = f.Programme! }))
            .ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);

        // Removed since: the name their own history last gave them (an organisation's short name before its name).
        var removed = ids.Where(id => !names.ContainsKey(id)).Select(id => id.ToString()).ToList();
        if (removed.Count > 0)
        {
            string[] nameFields = ["ShortName", "Name", "Text", "DisplayName"];
            var namedTypes = HistoryReferences.Named.ToList();
            var named = await db.History.AsNoTracking()
                .Where(h => removed.Contains(h.AggregateId) && namedTypes.Contains(h.RecordType) && nameFields.Contains(h.Field) && h.NewValue != null)
                .OrderBy(h => h.Id)
                .Select(h => new { h.AggregateId, h.Field, h.NewValue })
                .ToListAsync(cancellationToken);
            foreach (var record in named.GroupBy(h => h.AggregateId))
            {
                var latest = record.GroupBy(h => h.Field).ToDictionary(g => g.Key, g => g.Last().NewValue!);
                var name = nameFields.Select(latest.GetValueOrDefault).FirstOrDefault(n => n is not null);
                if (name is not null && Guid.TryParse(record.Key, out var id))
                {
                    names[id] = name;
                }
            }
        }

        return names;
    }
}
