using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>
/// The history of one partnership, initiative or meeting (with its agenda items and action points) as a timeline, newest first, with names instead of ids: every change,
/// read <see cref="MaxEvents"/> at a time, each read one statement; a read says where the older changes begin.
/// </summary>
public sealed class GetHistory(IDbContextFactory<AppDbContext> contexts, IStringLocalizer<Strings> text, AccessControl access, Moments moments)
{
    /// <summary>The most changes one read returns: what a page shows at once, and bounds each read's cost.</summary>
    public const int MaxEvents = 100;

    /// <summary>The newest changes, or none when the user may not see the record's history.</summary>
    public Task<HistoryPage> ExecuteAsync(string aggregateType, Guid aggregateId, CancellationToken cancellationToken) =>
        ExecuteAsync(aggregateType, aggregateId, null, cancellationToken);

    /// <summary>
    /// The changes saved before <paramref name="before"/> (the newest when null), newest first, at most <see cref="MaxEvents"/>;
    /// none when the user may not see the record's history.
    /// </summary>
    public async Task<HistoryPage> ExecuteAsync(string aggregateType, Guid aggregateId, HistoryCursor? before, CancellationToken cancellationToken)
    {
        // A meeting's history is read by whoever reads the meeting: its agenda, minutes and action points are on its page.
        var operation = aggregateType switch
        {
            nameof(Domain.Initiatives.Initiative) => Operation.ViewInitiativeHistory,
            nameof(Domain.Meetings.Meeting) => Operation.ReadMeeting,
            _ => Operation.ViewPartnershipHistory,
        };
        if (!await access.MayAsync(operation, aggregateId, cancellationToken))
        {
            return HistoryPage.None;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await HistoryRow.QueryAsync(db, aggregateType, aggregateId.ToString(), MaxEvents, before, PageLanguage.IsFrench, cancellationToken);
        // The statement's rows come in no set order; a save's entries are read in the order they were written.
        var entries = rows.Where(r => r.Kind == HistoryRow.Entry).OrderBy(r => r.Id).Select(r => r.ToEntry()).ToList();
        var names = HistoryRow.Names(rows);
        var wording = new HistoryWording(text, moments, names, HistoryReferences.ValueTypes(db.Model), HistoryReferences.Numbers(db.Model), HistoryReferences.Parts(db.Model), HistoryRow.FrenchNames(rows));

        // Newest first, in the order the statement pages by: when the change was saved, then its last entry.
        var changes = entries
            .GroupBy(e => e.ChangeSetId)
            .Select(g => (At: g.First().OccurredAt, LastEntryId: g.Max(e => e.Id), Entries: g.ToList()))
            .OrderByDescending(c => c.At).ThenByDescending(c => c.LastEntryId)
            .ToList();
        var events = changes.Select(c => new HistoryEvent(c.At, SystemActor.Shown(c.Entries[0].UserName, text), wording.Lines(c.Entries), c.Entries[0].Via)).ToList();
        var older = rows.Exists(r => r.Kind == HistoryRow.Older) && changes.Count > 0 ? new HistoryCursor(changes[^1].At, changes[^1].LastEntryId) : null;
        return new HistoryPage(events, older);
    }
}
