namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// Initiatives counted and their money summed for one key (a pillar, a partnership): the count, the sum of the known amounts
/// (null when none is known) and how many initiatives' amounts are not fully known, as a scoreboard's and the partnership
/// list's totals show them.
/// </summary>
public sealed class InitiativeSums<TKey>
{
    public required TKey Key { get; init; }

    public required int Count { get; init; }

    public required decimal? Total { get; init; }

    public required int TotalUnknown { get; init; }

    public required decimal? Eu { get; init; }

    public required int EuUnknown { get; init; }
}
