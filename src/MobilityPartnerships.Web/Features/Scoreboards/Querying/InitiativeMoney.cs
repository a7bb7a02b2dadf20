using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// An initiative's money as totals sum it in SQL: the known part of each amount (null when no funding line has the figure)
/// and whether the amount is not fully known (no line, or a line without the figure). A total sums the known parts and
/// counts the initiatives not fully known: <c>new Amount(g.Sum(x => x.Total), g.Count(x => x.TotalIncomplete))</c>.
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
            Total = i.FundingLines.Sum(f => f.TotalBudget),
            TotalIncomplete = !i.FundingLines.Any() || i.FundingLines.Any(f => f.TotalBudget == null),
            Eu = i.FundingLines.Sum(f => f.EuContribution),
            EuIncomplete = !i.FundingLines.Any() || i.FundingLines.Any(f => f.EuContribution == null),
        });
}
