using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>The history of one partnership or initiative as a timeline, newest first, with names instead of ids.</summary>
public sealed class GetHistory(IDbContextFactory<AppDbContext> contexts, IStringLocalizer<Strings> text, AccessControl access, Moments moments)
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
        var rows = await HistoryRow.QueryAsync(db, aggregateType, aggregateId.ToString(), MaxEvents, cancellationToken);
        // The statement's rows come in no set order; a save's entries are read in the order they were written.
        var entries = rows.Where(r => r.Kind == HistoryRow.Entry).OrderBy(r => r.Id).Select(r => r.ToEntry()).ToList();
        var names = HistoryRow.Names(rows);
        var wording = new HistoryWording(text, moments, names, HistoryReferences.ValueTypes(db.Model), HistoryReferences.Numbers(db.Model));
        return [.. entries
            .GroupBy(e => e.ChangeSetId)
            .OrderByDescending(g => g.Max(e => e.Id))
            .Select(g => new HistoryEvent(g.First().OccurredAt, g.First().UserName, wording.Lines(g.ToList()), g.First().Via))];
    }
}
