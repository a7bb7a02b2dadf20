using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Initiatives.Details;

/// <summary>An initiative as its page shows it, or null when there is none the user may see.</summary>
public sealed class GetInitiativeDetails(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    public async Task<InitiativeDetails?> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        var contactDetails = await access.MayAsync(Operation.ViewContactDetails, id, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: its few names, contacts, indicators and funding lines come joined to the initiative's row.
        var details = await scope.Apply(db.Initiatives.AsNoTracking())
            .AsSingleQuery()
            .Where(i => i.Id == id)
            .Select(InitiativeDetailsQuery.Projection(db, sheet: false, contactDetails))
            .SingleOrDefaultAsync(cancellationToken);
        return details is null || details.Indicators.Count == 0 ? details : details with { Indicators = await WithValuesAsync(db, details, cancellationToken) };
    }

    /// <summary>
    /// The indicators with their count of reported values and the newest of them, bounded per indicator, in one statement:
    /// the values of the initiative's own indicators, ordered as the indicator's page and the scoreboard order them.
    /// </summary>
    private static async Task<IReadOnlyList<IndicatorView>> WithValuesAsync(AppDbContext db, InitiativeDetails details, CancellationToken cancellationToken)
    {
        var ids = details.Indicators.Select(i => i.Id).ToList();
        var initiativeId = details.Id;
        var row = ReportedValueRow.Of(db);
        var read = await db.Indicators.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new
            {
                IndicatorId = i.Id,
                Count = db.IndicatorValues.Count(v => v.IndicatorId == i.Id && v.InitiativeId == initiativeId),
                Newest = db.IndicatorValues.Where(v => v.IndicatorId == i.Id && v.InitiativeId == initiativeId)
                    .OrderByDescending(v => v.PeriodEnd).ThenByDescending(v => v.ReportedAt).ThenByDescending(v => v.Id)
                    .Take(IndicatorView.NewestValuesShown)
                    .Select(row)
                    .ToList(),
            })
            .ToDictionaryAsync(r => r.IndicatorId, cancellationToken);
        return
        [
            .. details.Indicators.Select(i => read.TryGetValue(i.Id, out var values)
                ? i with
                {
                    ValueCount = values.Count,
                    NewestValues = [.. values.Newest.Select(v => v.ToValue())],
                }
                : i),
        ];
    }
}
