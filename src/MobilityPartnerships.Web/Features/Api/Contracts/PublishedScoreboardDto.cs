using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

namespace MobilityPartnerships.Web.Features.Api.Contracts;

/// <summary>A published version of a partnership's scoreboard, exactly as it was published.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="PartnershipName">The partnership's name on the day it was published.</param>
/// <param name="Number">The version's number.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="PublishedBy">The name of the person who published it.</param>
/// <param name="MeetingId">The meeting it was published for; null when none, or when it is a meeting you may not see.</param>
/// <param name="MeetingTitle">That meeting's title.</param>
/// <param name="Note">The publisher's note.</param>
/// <param name="TotalBudget">The total budget of the initiatives below, in euros.</param>
/// <param name="EuContribution">The EU's contribution to them, in euros.</param>
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
    decimal TotalBudget,
    decimal EuContribution,
    IReadOnlyList<PublishedInitiativeDto> Initiatives)
{
    public static PublishedScoreboardDto From(PublishedVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.PartnershipId, version.PartnershipName, version.Number, version.PublishedAt, version.PublishedBy, version.Meeting?.Id, version.Meeting?.Title, version.Note,
            version.TotalBudget, version.EuContribution, [.. version.Rows.Select(PublishedInitiativeDto.From)]);
    }
}
