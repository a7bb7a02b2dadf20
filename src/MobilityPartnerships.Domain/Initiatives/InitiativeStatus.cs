namespace MobilityPartnerships.Domain.Initiatives;

public enum InitiativeStatus
{
    Proposed,
    Planned,
    Ongoing,
    Completed,
    Cancelled,
}
