namespace MobilityPartnerships.Domain.Meetings;

/// <summary>Where an action point stands.</summary>
public enum ActionPointStatus
{
    Open,
    Done,
    Dropped,
}
