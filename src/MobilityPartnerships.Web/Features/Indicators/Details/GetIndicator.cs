using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Indicators.Details;

/// <summary>An indicator with its reported values, for those who may read its initiative.</summary>
public sealed class GetIndicator(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    /// <summary>Null when there is no such indicator or the user may not see its initiative.</summary>
    public async Task<IndicatorDetails?> ExecuteAsync(Guid initiativeId, Guid indicatorId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.ReadInitiative, initiativeId, cancellationToken))
        {
            return null;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await scope.Apply(db.Initiatives.AsNoTracking())
            .Where(i => i.Id == initiativeId)
            .SelectMany(i => i.Indicators.Where(x => x.Id == indicatorId), (i, x) => new
            {
                i.Id,
                i.Title,
                i.PartnershipId,
                Partnership = db.Partnerships.Where(p => p.Id == i.PartnershipId).Select(p => p.Name).First(),
                i.Period,
                Indicator = x,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorId == indicatorId && v.InitiativeId == initiativeId)
            .OrderBy(v => v.PeriodEnd).ThenBy(v => v.ReportedAt)
            .Select(ReportedValueRow.Of(db))
            .ToListAsync(cancellationToken);
        var x = found.Indicator;
        return new IndicatorDetails(
            found.Id, found.Title, found.PartnershipId, found.Partnership, x.Id, x.Name, x.Description, x.Unit, x.Baseline, x.Target, x.MeansOfVerification,
            found.Period,
            [.. values.Select(v => v.ToValue())]);
    }
}
