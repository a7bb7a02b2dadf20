using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>
/// Two scoreboards of a partnership compared, the older first: what was added, removed and changed, and the
/// progress updates entered in between, all within what the user may see.
/// </summary>
public sealed record VersionComparison(
    Guid PartnershipId,
    string PartnershipName,
    ComparedScoreboard Older,
    ComparedScoreboard Newer,
    ScoreboardComparison Differences,
    IReadOnlyList<ProgressInBetween> Progress,
    IReadOnlyList<VersionChoice> Versions);

/// <summary>One side of a comparison: a published version, or the scoreboard today (<see cref="Number"/> null).</summary>
public sealed record ComparedScoreboard(int? Number, DateOnly On)
{
    public bool IsToday => Number is null;
}

/// <summary>A progress update entered after the older version's publication and not after the newer's (see <see cref="Progress.UpdatesSinceVersion"/>).</summary>
public sealed record ProgressInBetween(Guid InitiativeId, string InitiativeTitle, DateOnly ReportedOn, ProgressRating Rating, string Author);

/// <summary>A version to choose in the comparison's selects.</summary>
public sealed record VersionChoice(int Number, DateTimeOffset PublishedAt);
