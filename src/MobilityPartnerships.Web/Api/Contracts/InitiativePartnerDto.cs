using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>An organisation that takes part in or implements an initiative (the lead partner is named on the initiative itself).</summary>
/// <param name="Organisation">The organisation's name.</param>
/// <param name="Role">Whether it takes part in the initiative or implements it.</param>
public sealed record InitiativePartnerDto(string Organisation, PartnerRole Role);
