namespace MobilityPartnerships.Domain.Meetings;

/// <summary>Where a proposed agenda item stands: participants propose, the focal point accepts or declines.</summary>
public enum AgendaItemStatus
{
    Proposed,
    Accepted,
    Declined,
}
