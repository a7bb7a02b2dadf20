using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>One source of an initiative's money.</summary>
/// <param name="SourceKind">An EU programme or the contributor's own funds.</param>
/// <param name="Programme">The programme's name, such as AENEAS, when it is one.</param>
/// <param name="Contributor">The organisation that puts the money in, when stated.</param>
/// <param name="TotalBudget">The total budget of this line, in euros; null when not known.</param>
/// <param name="EuContribution">The EU's part of it, in euros; null when not known.</param>
public sealed record FundingLineDto(FundingSourceKind SourceKind, string? Programme, string? Contributor, decimal? TotalBudget, decimal? EuContribution);
