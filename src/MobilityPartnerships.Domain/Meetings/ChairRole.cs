namespace MobilityPartnerships.Domain.Meetings;

/// <summary>In whose name a chair sits: partnership meetings are co-chaired by the Commission, the Presidency and the partner country.</summary>
public enum ChairRole
{
    Commission,
    Presidency,
    PartnerCountry,
}
