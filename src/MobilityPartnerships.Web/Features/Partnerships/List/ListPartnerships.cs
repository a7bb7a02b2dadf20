using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
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
        // Each partnership's kept figures (a few rows per partnership, kept by the database), summed per partnership and
        // joined to it: the list reads no initiative, whatever the partnerships' sizes.
        var figures = scope.Apply(db.PartnershipFigures.AsNoTracking());
        var sums = KeptSums.By(includeArchived ? figures : figures.Where(f => !f.IsArchived), f => f.PartnershipId);
        return await (
                from p in scope.Apply(db.Partnerships.AsNoTracking())
                where includeArchived || !p.IsArchived
                join f in sums on p.Id equals f.Key into kept
                from f in kept.DefaultIfEmpty()
                orderby p.SignedOn == null, p.SignedOn, NameOrder.Key(p.Name)
                select new PartnershipSummary(
                    p.Id,
                    p.Name,
                    db.Organisations.Where(o => o.Id == p.PartnerCountryId).Select(o => ShownNames.Name(o.Name, o.FrenchName, PageLanguage.IsFrench)).FirstOrDefault(),
                    p.Kind,
                    p.Status,
                    p.SignedOn,
                    p.SignedOnPrecision,
                    (int?)f.Count ?? 0,
                    // The known sum and how many initiatives' amounts are not fully known (no line, or a line without the
                    // figure); a partnership without initiatives the user sees has no sums: none, nothing known.
                    new Amount(f.Total, (int?)f.TotalUnknown ?? 0),
                    new Amount(f.Eu, (int?)f.EuUnknown ?? 0),
                    p.IsArchived))
            .ToListAsync(cancellationToken);
    }
}
