using System.Linq.Expressions;
using MobilityPartnerships.Web.Data.Figures;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>The sums of the kept <see cref="PartnershipFigures"/> of the initiatives a user reads, grouped by a key, in SQL.</summary>
public static class KeptSums
{
    /// <summary>
    /// <paramref name="figures"/> (already narrowed by the read scope, the partnerships and the archive choice) summed by
    /// <paramref name="key"/>; a key whose initiatives have all left it has no row.
    /// </summary>
    public static IQueryable<InitiativeSums<TKey>> By<TKey>(IQueryable<PartnershipFigures> figures, Expression<Func<PartnershipFigures, TKey>> key) =>
        figures
            .GroupBy(key)
            .Where(g => g.Sum(f => f.Initiatives) > 0)
            .Select(g => new InitiativeSums<TKey>
            {
                Key = g.Key,
                Count = g.Sum(f => f.Initiatives),
                Total = g.Sum(f => f.TotalBudgetKnownParts) > 0 ? g.Sum(f => f.TotalBudgetKnown) : null,
                TotalUnknown = g.Sum(f => f.Initiatives - f.TotalBudgetComplete),
                Eu = g.Sum(f => f.EuContributionKnownParts) > 0 ? g.Sum(f => f.EuContributionKnown) : null,
                EuUnknown = g.Sum(f => f.Initiatives - f.EuContributionComplete),
            });
}
