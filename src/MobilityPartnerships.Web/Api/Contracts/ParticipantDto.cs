using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Features.Partnerships.Details;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>An organisation that signed a partnership's joint declaration, acceded to it later, or takes part without signing.</summary>
/// <param name="OrganisationId">The organisation's id.</param>
/// <param name="Organisation">The organisation's name.</param>
/// <param name="Kind">Member State, EU institution, EU agency, third country and so on.</param>
/// <param name="Basis">Original signatory, accession or taking part without signing.</param>
/// <param name="JoinedOn">The day it joined; null when not known.</param>
/// <param name="JoinedOnPrecision">Whether <paramref name="JoinedOn"/> is known to the day or only to the month.</param>
/// <param name="LeftOn">The day it withdrew; null while it takes part.</param>
/// <param name="Presidency">For the Council, the Member State that held its Presidency on the day it signed.</param>
public sealed record ParticipantDto(
    Guid OrganisationId,
    string Organisation,
    OrganisationKind Kind,
    ParticipationBasis Basis,
    DateOnly? JoinedOn,
    DatePrecision JoinedOnPrecision,
    DateOnly? LeftOn,
    string? Presidency)
{
    public static ParticipantDto From(ParticipantView participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return new(participant.OrganisationId, participant.Organisation, participant.Kind, participant.Basis, participant.JoinedOn, participant.JoinedOnPrecision, participant.LeftOn, participant.Presidency);
    }
}
