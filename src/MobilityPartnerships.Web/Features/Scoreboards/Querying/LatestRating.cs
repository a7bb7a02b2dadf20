using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>What an initiative's newest progress update says of it, or that it has none yet: the scoreboard's "rating" filter.</summary>
public enum LatestRating
{
    NoUpdate,
    OnTrack,
    AtRisk,
    Delayed,
    Completed,
}

public static class LatestRatings
{
    /// <summary>The progress rating a filter value stands for; null for <see cref="LatestRating.NoUpdate"/>.</summary>
    public static ProgressRating? ToProgressRating(this LatestRating rating) => rating switch
    {
        LatestRating.OnTrack => ProgressRating.OnTrack,
        LatestRating.AtRisk => ProgressRating.AtRisk,
        LatestRating.Delayed => ProgressRating.Delayed,
        LatestRating.Completed => ProgressRating.Completed,
        _ => null,
    };
}
