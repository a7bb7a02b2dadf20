using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
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

        var ids = entries.SelectMany(e => new[] { e.OldValue, e.NewValue })
            .Select(v => Guid.TryParse(v, out var g) ? g : (Guid?)null)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, Name = o.ShortName ?? o.Name })
            .Concat(db.ThematicAreas.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }))
            .Concat(db.Commitments.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, Name = c.Text }))
            .ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);

        var wording = new HistoryWording(text, names);
        return [.. entries
            .GroupBy(e => e.ChangeSetId)
            .OrderByDescending(g => g.Max(e => e.Id))
            .Select(g => new HistoryEvent(g.First().OccurredAt, g.First().UserName, wording.Lines(g.ToList())))];
    }
}
