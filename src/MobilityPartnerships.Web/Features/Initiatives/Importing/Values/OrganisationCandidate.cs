namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>A known organisation a sheet's name may mean, with how alike the two are (0 to 1; 1 is the same words).</summary>
public sealed record OrganisationCandidate(Guid Id, string DisplayName, double Score);
