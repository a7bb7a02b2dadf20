namespace MobilityPartnerships.Domain.Partnerships;

/// <summary>Where a partnership stands in its life, from the needs assessment before the decision to its end.</summary>
public enum PartnershipStatus
{
    NeedsAssessment,
    ExploratoryTalks,
    Negotiation,
    InImplementation,

    /// <summary>Talks began but have not progressed, as with Senegal.</summary>
    Stalled,
    Suspended,
    Concluded,
}
