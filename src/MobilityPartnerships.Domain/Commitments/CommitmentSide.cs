namespace MobilityPartnerships.Domain.Commitments;

/// <summary>Who made a commitment of the joint declaration: the partner country, or the European Union and its Member States.</summary>
public enum CommitmentSide
{
    PartnerCountry,
    EuAndMemberStates,
}
