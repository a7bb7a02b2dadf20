using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Joining;

/// <summary>An organisation joining the partnership: as an original signatory, by accession, or without signing.</summary>
public sealed class ParticipantDraft
{
    /// <summary>Refusals about who show at the organisation, about when at the date; the others above the form.</summary>
    public static RuleFields Refusals { get; } = RuleFields.Of(
        ("participant.duplicate", nameof(OrganisationId)),
        ("participant.organisation.unknown", nameof(OrganisationId)),
        ("participant.accession.before-signature", nameof(JoinedOn)),
        ("participant.member-state.not-member", nameof(JoinedOn)));

    public Guid? OrganisationId { get; set; }

    public ParticipationBasis Basis { get; set; } = ParticipationBasis.Accession;

    /// <summary>The accession or joining day; an original signatory joins on the signature day.</summary>
    public DateOnly? JoinedOn { get; set; }

    public string? Source { get; set; }
}
