using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>One page of a partnership's initiatives that match the filters, with the count and money of all that match.</summary>
/// <param name="PartnershipId">The partnership whose scoreboard this is.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">The most initiatives a page holds.</param>
/// <param name="TotalCount">How many initiatives match, on every page together.</param>
/// <param name="TotalBudget">The total budget of every initiative that matches, in euros; the sum of what is known, null when nothing is (never 0 for unknown).</param>
/// <param name="TotalBudgetUnknown">How many of those initiatives have a total budget not (fully) known, left out of <paramref name="TotalBudget"/>: 0 when it is exact.</param>
/// <param name="EuContribution">The EU's contribution to every initiative that matches, in euros; the sum of what is known, null when nothing is.</param>
/// <param name="EuContributionUnknown">How many of those initiatives have an EU contribution not (fully) known, left out of <paramref name="EuContribution"/>: 0 when it is exact.</param>
/// <param name="Items">This page's initiatives, in the order asked for.</param>
public sealed record InitiativePageDto(
    Guid PartnershipId,
    int Page,
    int PageSize,
    int TotalCount,
    decimal? TotalBudget,
    int TotalBudgetUnknown,
    decimal? EuContribution,
    int EuContributionUnknown,
    IReadOnlyList<InitiativeRowDto> Items)
{
    public static InitiativePageDto From(ScoreboardQuery query, ScoreboardResult result)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(result);
        return new(query.PartnershipId, query.Page + 1, query.PageSize, result.Totals.Count, result.Totals.TotalBudget.Sum, result.Totals.TotalBudget.Unknown, result.Totals.EuContribution.Sum, result.Totals.EuContribution.Unknown, [.. result.Rows.Select(InitiativeRowDto.From)]);
    }
}
