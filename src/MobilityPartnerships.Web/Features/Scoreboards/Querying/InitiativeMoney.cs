using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Data;

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

    public Guid PartnershipId { get; init; }

    /// <summary>
    /// The money of each initiative, as one SQL projection: its row of <see cref="Data.Figures.InitiativeFundingSums"/>
    /// (which the database keeps), joined by key rather than its funding lines summed per initiative.
    /// </summary>
    public static IQueryable<InitiativeMoney> Of(AppDbContext db, IQueryable<Initiative> initiatives)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from i in initiatives
               join s in db.FundingSums on i.Id equals s.InitiativeId into sums
               from s in sums.DefaultIfEmpty()
               select new InitiativeMoney
               {
                   Id = i.Id,
                   PartnershipId = i.PartnershipId,
                   Pillar = i.Pillar,
                   Novelty = i.Novelty,
                   Status = i.Status,
                   Priority = i.Priority,
                   Total = s == null ? null : s.TotalBudgetKnown,
                   TotalIncomplete = s == null || s.TotalBudgetUnknown > 0,
                   Eu = s == null ? null : s.EuContributionKnown,
                   EuIncomplete = s == null || s.EuContributionUnknown > 0,
               };
    }
}
