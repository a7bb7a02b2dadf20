using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// An initiative's money as totals sum it in SQL: the known part of each amount (null when no funding line has the figure)
/// and whether the amount is not fully known (no line, or a line without the figure). A total sums the known parts and
/// counts the initiatives not fully known. SQL's SUM over only NULLs is NULL, but EF Core reads a sum as 0 then, so
/// every known sum is taken only where some part is known: <c>g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null</c>.
/// </summary>
public sealed record InitiativeMoney
{
    public Guid Id { get; init; }

    public Pillar Pillar { get; init; }

    public Novelty Novelty { get; init; }

    public InitiativeStatus Status { get; init; }

    public string? Priority { get; init; }

    public decimal? Total { get; init; }

    public bool TotalIncomplete { get; init; }

    public decimal? Eu { get; init; }

    public bool EuIncomplete { get; init; }

    /// <summary>The money of each initiative, as one SQL projection.</summary>
    public static IQueryable<InitiativeMoney> Of(IQueryable<Initiative> initiatives) =>
        initiatives.Select(i => new InitiativeMoney
        {
            Id = i.Id,
            Pillar = i.Pillar,
            Novelty = i.Novelty,
            Status = i.Status,
            Priority = i.Priority,
            Total = i.FundingLines.Any(f => f.TotalBudget != null) ? i.FundingLines.Sum(f => f.TotalBudget) : null,
            TotalIncomplete = !i.FundingLines.Any() || i.FundingLines.Any(f => f.TotalBudget == null),
            Eu = i.FundingLines.Any(f => f.EuContribution != null) ? i.FundingLines.Sum(f => f.EuContribution) : null,
            EuIncomplete = !i.FundingLines.Any() || i.FundingLines.Any(f => f.EuContribution == null),
        });
}
