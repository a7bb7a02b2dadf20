namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>The partnership or other cooperation framework an import goes into, and what the user may do there.</summary>
public sealed record ImportTarget(Guid PartnershipId, string Name, bool MayCreateOrganisations);
