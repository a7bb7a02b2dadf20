using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Users.Listing;

/// <summary>What a user can be given: the organisations, with their kind so that a role's choices can be limited, and the partnerships.</summary>
public sealed record UserChoices(IReadOnlyList<OrganisationChoice> Organisations, IReadOnlyList<Choice> Partnerships)
{
    public static readonly UserChoices None = new([], []);
}

public sealed record OrganisationChoice(Guid Id, string Name, OrganisationKind Kind);
