using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// Today's scoreboard against the partnership's latest published version: <see cref="Since"/> is null when none
/// was ever published, and <see cref="Comparison"/> then holds nothing.
/// </summary>
public sealed record PackChanges(PackPublishedVersion? Since, ScoreboardComparison Comparison)
{
    public static PackChanges NothingPublished { get; } = new(null, new ScoreboardComparison([], [], []));
}

/// <summary>The published version compared with: its number and when it was published.</summary>
public sealed record PackPublishedVersion(int Number, DateTimeOffset PublishedAt);
