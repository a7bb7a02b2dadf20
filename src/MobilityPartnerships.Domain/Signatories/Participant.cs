using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Domain.Signatories;

/// <summary>An organisation's place in one partnership: when and how it joined, and whether it left.</summary>
public sealed class Participant
{
    private Participant()
    {
    }

    internal Participant(Guid partnershipId, Guid organisationId, ParticipationBasis basis, DateOnly? joinedOn, string? source)
    {
        Id = Guid.CreateVersion7();
        PartnershipId = partnershipId;
        OrganisationId = organisationId;
        Basis = basis;
        JoinedOn = joinedOn;
        Source = source;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public ParticipationBasis Basis { get; private set; }

    /// <summary>The day it signed, acceded or started taking part; null where the documents do not say.</summary>
    public DateOnly? JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public string? Source { get; private set; }

    public bool IsSignatory => Basis is ParticipationBasis.OriginalSignatory or ParticipationBasis.Accession;

    /// <summary>
    /// How precisely a participant's joining is known: an original signatory joined when the text was signed, as precisely
    /// as that is known ("June 2008"); an accession or other participation is known to the day.
    /// </summary>
    public static DatePrecision JoinedOnPrecision(ParticipationBasis basis, DatePrecision signedOnPrecision) =>
        basis == ParticipationBasis.OriginalSignatory ? signedOnPrecision : DatePrecision.Day;

    internal void Leave(DateOnly leftOn) => LeftOn = leftOn;
}
