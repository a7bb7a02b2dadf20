using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>One funding line of an exported initiative, with its contributor by display name; amounts in euro, null when unknown.</summary>
public sealed record ExportedFundingLine(FundingSourceKind Source, string? Programme, string? Contributor, decimal? TotalBudget, decimal? EuContribution);
