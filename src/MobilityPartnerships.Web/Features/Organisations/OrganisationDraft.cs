using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Organisations;

/// <summary>An organisation as a user enters it: Member States come from the reference data and are not created here.</summary>
public sealed class OrganisationDraft
{
    /// <summary>Refusals of the country code show at the code, every other at the name.</summary>
    public static RuleFields Refusals { get; } = RuleFields.Of(
        ("organisation", nameof(Name)),
        ("organisation.french-name", nameof(FrenchName)),
        ("organisation.french-short-name", nameof(FrenchShortName)),
        ("organisation.country-code", nameof(CountryCode)));

    public string Name { get; set; } = string.Empty;

    public string? ShortName { get; set; }

    /// <summary>Its official name in French, shown on French pages; none when it has none.</summary>
    public string? FrenchName { get; set; }

    /// <summary>Its short name in French, only beside <see cref="FrenchName"/>.</summary>
    public string? FrenchShortName { get; set; }

    public OrganisationKind Kind { get; set; } = OrganisationKind.NationalAgency;

    public string? CountryCode { get; set; }
}
