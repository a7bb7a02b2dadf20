using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Partnerships.List;

/// <summary>Every partnership the user may see, with its initiative count and money (of the initiatives they may see), summed in the database.</summary>
public sealed class ListPartnerships(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    /// <summary>The partnerships with their initiative counts and budgets; archived partnerships and initiatives only when asked for.</summary>
    public async Task<IReadOnlyList<PartnershipSummary>> ExecuteAsync(CancellationToken cancellationToken, bool includeArchived = false)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiatives = scope.Apply(db.Initiatives).Where(i => includeArchived || !i.IsArchived);
        // Each initiative's money from its row of sums (kept by the database), not its funding lines summed per initiative.
        // Every visible initiative is read once, summed per partnership, and joined to its partnership: not counted and
        // summed again under each partnership, which read every initiative once per partnership and figure.
        var figures = InitiativeMoney.Of(db, initiatives)
            .GroupBy(m => m.PartnershipId)
            .Select(g => new
            {
                PartnershipId = g.Key,
                Count = g.Count(),
                Total = g.Count(m => m.Total != null) > 0 ? g.Sum(m => m.Total) : null,
                TotalIncomplete = g.Count(m => m.TotalIncomplete),
                Eu = g.Count(m => m.Eu != null) > 0 ? g.Sum(m => m.Eu) : null,
                EuIncomplete = g.Count(m => m.EuIncomplete),
            });
        return await (
                from p in scope.Apply(db.Partnerships.AsNoTracking())
                where includeArchived || !p.IsArchived
                join f in figures on p.Id equals f.PartnershipId into sums
                from f in sums.DefaultIfEmpty()
                orderby p.SignedOn == null, p.SignedOn, p.Name
                select new PartnershipSummary(
                    p.Id,
                    p.Name,
                    db.Organisations.Where(o => o.Id == p.PartnerCountryId).Select(o => o.Name).FirstOrDefault(),
                    p.Kind,
                    p.Status,
                    p.SignedOn,
                    p.SignedOnPrecision,
                    (int?)f.Count ?? 0,
                    // The known sum and how many initiatives' amounts are not fully known (no line, or a line without the
                    // figure); a partnership without initiatives the user sees has no row of figures: none, nothing known.
                    new Amount(f.Total, (int?)f.TotalIncomplete ?? 0),
                    new Amount(f.Eu, (int?)f.EuIncomplete ?? 0),
                    p.IsArchived))
            .ToListAsync(cancellationToken);
    }
}
