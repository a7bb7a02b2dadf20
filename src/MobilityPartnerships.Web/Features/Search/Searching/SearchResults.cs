using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>A word the search looked for: one the user typed (the last one also as the start of longer words), or a known word a mistyped one stands for.</summary>
public sealed record SearchTerm(string Word, bool IsPrefix);

/// <summary>
/// A page of the matches of one kind (<see cref="Page"/>, from 0: the best matches on the first), and how many there are
/// in all; where more than <see cref="SearchText.MaxCounted"/> match, <see cref="MoreThanTotal"/> says so and
/// <see cref="Total"/> is that bound, which is also as far as the pages reach.
/// </summary>
public sealed record SearchGroup<T>(IReadOnlyList<T> Items, int Total, bool MoreThanTotal = false, int Page = 0);

public sealed record InitiativeHit(Guid Id, string Title, string? ReferenceCode, Guid PartnershipId, string PartnershipName, Pillar Pillar, string? Location, string? Summary);

public sealed record PartnershipHit(Guid Id, string Name, string? PartnerCountry);

public sealed record OrganisationHit(Guid Id, string Name, string? ShortName, OrganisationKind Kind);

/// <summary>A contact point of an initiative whose contact details the user may see.</summary>
public sealed record ContactPointHit(string Name, string? Function, string? Organisation, string? Email, string? Phone, Guid InitiativeId, string InitiativeTitle);

/// <summary>
/// Everything found for a search text, best matches first within each kind: the first page of each, or, where one kind
/// was asked for (<see cref="Group"/>), a page of that kind and nothing of the others.
/// </summary>
public sealed record SearchResults(
    string Text,
    IReadOnlyList<SearchTerm> Terms,
    SearchGroup<InitiativeHit> Initiatives,
    SearchGroup<PartnershipHit> Partnerships,
    SearchGroup<OrganisationHit> Organisations,
    SearchGroup<ContactPointHit> ContactPoints,
    ResultGroup? Group = null)
{
    public int Total => Initiatives.Total + Partnerships.Total + Organisations.Total + ContactPoints.Total;

    /// <summary>True where a group had more matches than were counted: the true total is above <see cref="Total"/>.</summary>
    public bool MoreThanTotal => Initiatives.MoreThanTotal || Partnerships.MoreThanTotal || Organisations.MoreThanTotal || ContactPoints.MoreThanTotal;

    public static SearchResults Nothing(string text) =>
        new(text, [], new([], 0), new([], 0), new([], 0), new([], 0));
}
