using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// A published version as its page shows it: <see cref="PublishedVersion.Rows"/> holds one page of rows
/// (<see cref="Page"/>, from 0, of <see cref="PageSize"/>), and <see cref="PillarTotals"/> the count and money of every
/// row the user may see, so that the totals stay true whatever the page.
/// </summary>
public sealed record PublishedVersionPage(PublishedVersion Version, int Page, int PageSize, IReadOnlyList<PillarTotal> PillarTotals)
{
    /// <summary>How many rows the version has for the user, on every page.</summary>
    public int Count => PillarTotals.Sum(t => t.Count);

    public Amount TotalBudget => PillarTotals.Aggregate(Amount.Nothing, (all, pillar) => all + pillar.TotalBudget);

    public Amount EuContribution => PillarTotals.Aggregate(Amount.Nothing, (all, pillar) => all + pillar.EuContribution);
}
