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
        var money = InitiativeMoney.Of(db, initiatives);
        return await scope.Apply(db.Partnerships.AsNoTracking())
            .Where(p => includeArchived || !p.IsArchived)
            .OrderBy(p => p.SignedOn == null)
            .ThenBy(p => p.SignedOn)
            .ThenBy(p => p.Name)
            .Select(p => new PartnershipSummary(
                p.Id,
                p.Name,
                db.Organisations.Where(o => o.Id == p.PartnerCountryId).Select(o => o.Name).FirstOrDefault(),
                p.Kind,
                p.Status,
                p.SignedOn,
                p.SignedOnPrecision,
                initiatives.Count(i => i.PartnershipId == p.Id),
                // The known sum and how many initiatives' amounts are not fully known (no line, or a line without the figure).
                new Amount(
                    money.Any(m => m.PartnershipId == p.Id && m.Total != null) ? money.Where(m => m.PartnershipId == p.Id).Sum(m => m.Total) : null,
                    money.Count(m => m.PartnershipId == p.Id && m.TotalIncomplete)),
                new Amount(
                    money.Any(m => m.PartnershipId == p.Id && m.Eu != null) ? money.Where(m => m.PartnershipId == p.Id).Sum(m => m.Eu) : null,
                    money.Count(m => m.PartnershipId == p.Id && m.EuIncomplete)),
                p.IsArchived))
            .ToListAsync(cancellationToken);
    }
}
