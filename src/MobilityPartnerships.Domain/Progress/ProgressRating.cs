namespace MobilityPartnerships.Domain.Progress;

/// <summary>How the author of a progress update judges the initiative's course.</summary>
public enum ProgressRating
{
    OnTrack,
    AtRisk,
    Delayed,
    Completed,
}
