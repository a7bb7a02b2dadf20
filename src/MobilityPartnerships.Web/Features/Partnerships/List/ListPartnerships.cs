using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Partnerships.List;

/// <summary>Every partnership with its initiative count and money, summed in the database.</summary>
public sealed class ListPartnerships(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<PartnershipSummary>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Partnerships
            .AsNoTracking()
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
                db.Initiatives.Count(i => i.PartnershipId == p.Id),
                db.Initiatives.Where(i => i.PartnershipId == p.Id).SelectMany(i => i.FundingLines).Sum(f => f.TotalBudget) ?? 0m,
                db.Initiatives.Where(i => i.PartnershipId == p.Id).SelectMany(i => i.FundingLines).Sum(f => f.EuContribution) ?? 0m))
            .ToListAsync(cancellationToken);
    }
}
