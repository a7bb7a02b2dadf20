using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Features.Partnerships.List;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A partnership in the list: what it is, where it stands, and the count and money of the initiatives the caller may see.</summary>
/// <param name="Id">The partnership's id.</param>
/// <param name="Name">Its name, as in the joint declaration.</param>
/// <param name="Kind">Mobility partnership, common agenda, talent partnership or bilateral agreement.</param>
/// <param name="Status">Where it stands in its life.</param>
/// <param name="PartnerCountry">The third country it is concluded with; null for a partnership without one.</param>
/// <param name="SignedOn">The day the joint declaration was signed (the first of the month when only the month is known); null before signature.</param>
/// <param name="SignedOnPrecision">Whether <paramref name="SignedOn"/> is known to the day or only to the month; "Unknown" for a text signed on a day the sources do not give; null when it has not been signed.</param>
/// <param name="InitiativeCount">The initiatives, not archived, that the caller may see.</param>
/// <param name="TotalBudget">The total budget of those initiatives, in euros; the sum of what is known, null when nothing is (never 0 for unknown).</param>
/// <param name="TotalBudgetUnknown">How many of those initiatives have a total budget not (fully) known, left out of <paramref name="TotalBudget"/>: 0 when it is exact.</param>
/// <param name="EuContribution">The EU's contribution to those initiatives, in euros; the sum of what is known, null when nothing is.</param>
/// <param name="EuContributionUnknown">How many of those initiatives have an EU contribution not (fully) known, left out of <paramref name="EuContribution"/>: 0 when it is exact.</param>
/// <param name="IsArchived">Whether the partnership is archived.</param>
public sealed record PartnershipSummaryDto(
    Guid Id,
    string Name,
    PartnershipKind Kind,
    PartnershipStatus Status,
    string? PartnerCountry,
    DateOnly? SignedOn,
    DatePrecision? SignedOnPrecision,
    int InitiativeCount,
    decimal? TotalBudget,
    int TotalBudgetUnknown,
    decimal? EuContribution,
    int EuContributionUnknown,
    bool IsArchived)
{
    public static PartnershipSummaryDto From(PartnershipSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Id, summary.Name, summary.Kind, summary.Status, summary.Country, summary.SignedOn, summary.SignedOnPrecision, summary.InitiativeCount, summary.TotalBudget.Sum, summary.TotalBudget.Unknown, summary.EuContribution.Sum, summary.EuContribution.Unknown, summary.IsArchived);
    }
}
