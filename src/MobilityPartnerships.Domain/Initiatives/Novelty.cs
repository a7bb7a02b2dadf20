namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>Whether an initiative is new or was already planned before the partnership.</summary>
public enum Novelty
{
    NotStated,
    New,
    AlreadyPlanned,
}
