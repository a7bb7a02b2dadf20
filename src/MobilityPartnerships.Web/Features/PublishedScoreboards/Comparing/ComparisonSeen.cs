using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>
/// Two scoreboards compared as a reader sees them, the one rule for the comparison page, the digests (through
/// <see cref="CompareScoreboards"/>) and the briefing pack: whoever sees rows not to be shared sees every row; anyone
/// else sees each side's shared rows, and a row that stopped or started being shared is not reported
/// (<see cref="ScoreboardComparison.BetweenShared"/>): it was neither removed nor added.
/// </summary>
public static class ComparisonSeen
{
    /// <summary>The stored records compared, shown with <paramref name="names"/> (the page's language; as stored when none).</summary>
    public static ScoreboardComparison By(ReadScope scope, IEnumerable<PublishedInitiative> before, IEnumerable<PublishedInitiative> after, PublishedNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var compared = scope.SeesUnshared
            ? ScoreboardComparison.Between(before, after, InitiativeFields.ComparedReaders)
            : ScoreboardComparison.BetweenShared(before, after, InitiativeFields.ComparedReaders);
        return (names ?? PublishedNames.AsStored).Shown(compared);
    }
}
