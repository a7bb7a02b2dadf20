using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Partnerships.List;

/// <summary>Every partnership with its initiative count and money, summed in the database.</summary>
public sealed class ListPartnerships(IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>The partnerships with their initiative counts and budgets; archived partnerships and initiatives only when asked for.</summary>
    public async Task<IReadOnlyList<PartnershipSummary>> ExecuteAsync(CancellationToken cancellationToken, bool includeArchived = false)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiatives = db.Initiatives.Where(i => includeArchived || !i.IsArchived);
        return await db.Partnerships
            .AsNoTracking()
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
                initiatives.Where(i => i.PartnershipId == p.Id).SelectMany(i => i.FundingLines).Sum(f => f.TotalBudget) ?? 0m,
                initiatives.Where(i => i.PartnershipId == p.Id).SelectMany(i => i.FundingLines).Sum(f => f.EuContribution) ?? 0m,
                p.IsArchived))
            .ToListAsync(cancellationToken);
    }
}
