using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A published version of a partnership's scoreboard, exactly as it was published.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="PartnershipName">The partnership's name on the day it was published.</param>
/// <param name="Number">The version's number.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="PublishedBy">The name of the person who published it.</param>
/// <param name="MeetingId">The meeting it was published for; null when none, or when it is a meeting you may not see.</param>
/// <param name="MeetingTitle">That meeting's title.</param>
/// <param name="Note">The publisher's note.</param>
/// <param name="TotalBudget">The total budget of the initiatives below, in euros; the sum of what is known, null when nothing is (never 0 for unknown).</param>
/// <param name="TotalBudgetUnknown">How many of those initiatives have a total budget not (fully) known, left out of <paramref name="TotalBudget"/>: 0 when it is exact.</param>
/// <param name="EuContribution">The EU's contribution to them, in euros; the sum of what is known, null when nothing is.</param>
/// <param name="EuContributionUnknown">How many of those initiatives have an EU contribution not (fully) known, left out of <paramref name="EuContribution"/>: 0 when it is exact.</param>
/// <param name="Initiatives">Its rows that you may see, by pillar, then reference code and title.</param>
public sealed record PublishedScoreboardDto(
    Guid PartnershipId,
    string PartnershipName,
    int Number,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    Guid? MeetingId,
    string? MeetingTitle,
    string? Note,
    decimal? TotalBudget,
    int TotalBudgetUnknown,
    decimal? EuContribution,
    int EuContributionUnknown,
    IReadOnlyList<PublishedInitiativeDto> Initiatives)
{
    public static PublishedScoreboardDto From(PublishedVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.PartnershipId, version.PartnershipName, version.Number, version.PublishedAt, version.PublishedBy, version.Meeting?.Id, version.Meeting?.Title, version.Note,
            version.TotalBudget.Sum, version.TotalBudget.Unknown, version.EuContribution.Sum, version.EuContribution.Unknown, [.. version.Rows.Select(PublishedInitiativeDto.From)]);
    }
}
