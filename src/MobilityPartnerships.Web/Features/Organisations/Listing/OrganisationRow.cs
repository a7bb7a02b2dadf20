using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Web.Features.Organisations.Listing;

/// <summary>An organisation in the list, with how many records refer to it.</summary>
public sealed record OrganisationRow(Guid Id, string Name, string? ShortName, OrganisationKind Kind, string? CountryCode, DateOnly? MemberFrom, DateOnly? MemberUntil, int References)
{
    public string? FrenchName { get; init; }

    public string? FrenchShortName { get; init; }
}
