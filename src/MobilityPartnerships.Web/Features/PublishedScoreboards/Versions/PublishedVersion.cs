using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// One published version as it was shown, with the rows the user may see in the scoreboard's order (by pillar,
/// then reference code and title). <see cref="PublishedOn"/> is the day of <see cref="PublishedAt"/> in the product's
/// calendar, the day its files are named by.
/// </summary>
public sealed record PublishedVersion(
    Guid PartnershipId,
    string PartnershipName,
    int Number,
    DateTimeOffset PublishedAt,
    DateOnly PublishedOn,
    string PublishedBy,
    PublishedForMeeting? Meeting,
    string? Note,
    IReadOnlyList<PublishedInitiative> Rows)
{
    /// <summary>The dated corrections of the meeting link, oldest first; <see cref="Meeting"/> is the link as last corrected.</summary>
    public IReadOnlyList<MeetingLinkCorrection> MeetingCorrections { get; init; } = [];

    public Amount TotalBudget => Amount.Total(Rows.Select(r => r.TotalBudget));

    public Amount EuContribution => Amount.Total(Rows.Select(r => r.EuContribution));

    /// <summary>Count and money per pillar that has rows, in pillar order.</summary>
    public IReadOnlyList<PillarTotal> PillarTotals =>
        [.. Rows.GroupBy(r => r.Pillar).OrderBy(g => g.Key).Select(g => new PillarTotal(g.Key, g.Count(), Amount.Total(g.Select(r => r.TotalBudget)), Amount.Total(g.Select(r => r.EuContribution))))];

    /// <summary>The rows in the order a scoreboard shows them.</summary>
    public static IReadOnlyList<PublishedInitiative> Ordered(IEnumerable<PublishedInitiative> rows) =>
        [.. rows.OrderBy(r => r.Pillar).ThenBy(r => r.ReferenceCode ?? "\uffff", StringComparer.Ordinal).ThenBy(r => r.Title, NameOrder.Comparer).ThenBy(r => r.InitiativeId)];
}

/// <summary>The count and money of a pillar's rows in a version.</summary>
public sealed record PillarTotal(Pillar Pillar, int Count, Amount TotalBudget, Amount EuContribution);
