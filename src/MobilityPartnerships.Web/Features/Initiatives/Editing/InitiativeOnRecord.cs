using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// What is on record of an initiative beyond its row, which an edit keeps to (see "What is on record is not read anew"):
/// the values reported for its indicators, which stay within the period and in their unit; and its latest progress
/// update, whose "Completed" keeps the status Completed.
/// </summary>
internal sealed record InitiativeOnRecord(IReadOnlyCollection<ValueOnRecord> Values, LatestUpdate? LatestUpdate)
{
    /// <summary>A new initiative's: nothing.</summary>
    public static InitiativeOnRecord Nothing { get; } = new([], null);
}
