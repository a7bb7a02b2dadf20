namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>The organisations a cell lists, in order, and whether it says (some of) them are still to be determined.</summary>
public sealed record OrganisationList(IReadOnlyList<string> Names, bool ToBeDetermined);
