using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;


namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A published version of a partnership's scoreboard in the list of its versions.</summary>
/// <param name="Number">The version's number: 1 for the partnership's first, then 2, 3 …</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="PublishedBy">The name of the person who published it.</param>
/// <param name="MeetingId">The meeting it was published for; null when none, or when it is a meeting you may not see.</param>
/// <param name="MeetingTitle">That meeting's title.</param>
/// <param name="Note">The publisher's note.</param>
/// <param name="InitiativeCount">The initiatives in the version that you may see.</param>
/// <param name="TotalBudget">Their total budget, in euros; the sum of what is known, null when nothing is (never 0 for unknown).</param>
/// <param name="TotalBudgetUnknown">How many of those initiatives have a total budget not (fully) known, left out of <paramref name="TotalBudget"/>: 0 when it is exact.</param>
/// <param name="EuContribution">The EU's contribution to them, in euros; the sum of what is known, null when nothing is.</param>
/// <param name="EuContributionUnknown">How many of those initiatives have an EU contribution not (fully) known, left out of <paramref name="EuContribution"/>: 0 when it is exact.</param>
public sealed record PublishedScoreboardSummaryDto(
    int Number,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    Guid? MeetingId,
    string? MeetingTitle,
    string? Note,
    int InitiativeCount,
    decimal? TotalBudget,
    int TotalBudgetUnknown,
    decimal? EuContribution,
    int EuContributionUnknown)
{
    public static PublishedScoreboardSummaryDto From(PublishedVersionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Number, summary.PublishedAt, summary.PublishedBy, summary.Meeting?.Id, summary.Meeting?.Title, summary.Note, summary.Rows, summary.TotalBudget.Sum, summary.TotalBudget.Unknown, summary.EuContribution.Sum, summary.EuContribution.Unknown);
    }
}
