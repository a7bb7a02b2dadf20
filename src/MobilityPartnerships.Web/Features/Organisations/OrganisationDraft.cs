using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Web.Features.Organisations;

/// <summary>An organisation as a user enters it: Member States come from the reference data and are not created here.</summary>
public sealed class OrganisationDraft
{
    public string Name { get; set; } = string.Empty;

    public string? ShortName { get; set; }

    public OrganisationKind Kind { get; set; } = OrganisationKind.NationalAgency;

    public string? CountryCode { get; set; }
}
