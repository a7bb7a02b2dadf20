using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Domain.Signatories;

/// <summary>An organisation's place in one partnership: when and how it joined, and whether it left.</summary>
public sealed class Participant
{
    private Participant()
    {
    }

    internal Participant(Guid partnershipId, Guid organisationId, ParticipationBasis basis, DateOnly? joinedOn, DatePrecision joinedOnPrecision, string? source)
    {
        Id = Guid.CreateVersion7();
        PartnershipId = partnershipId;
        OrganisationId = organisationId;
        Basis = basis;
        JoinedOn = joinedOn;
        JoinedOnPrecision = joinedOn is null ? DatePrecision.Unknown : joinedOnPrecision;
        Source = source;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public ParticipationBasis Basis { get; private set; }

    /// <summary>The day it signed, acceded or started taking part; null where the documents do not say.</summary>
    public DateOnly? JoinedOn { get; private set; }

    /// <summary>
    /// How precisely <see cref="JoinedOn"/> is known: an original signatory joined when the text was signed, as precisely
    /// as that is known ("June 2008", kept as its first day); an accession or other participation is known to the day.
    /// Unknown where the day is not known.
    /// </summary>
    public DatePrecision JoinedOnPrecision { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public string? Source { get; private set; }

    public bool IsSignatory => Basis is ParticipationBasis.OriginalSignatory or ParticipationBasis.Accession;

    internal void Leave(DateOnly leftOn) => LeftOn = leftOn;
}
