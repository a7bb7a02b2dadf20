using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Api.Contracts;

/// <summary>One initiative as a line of its partnership's scoreboard.</summary>
/// <param name="Id">The initiative's id; <c>GET /api/v1/initiatives/{id}</c> gives all of it.</param>
/// <param name="ReferenceCode">The scoreboard's reference code, when it has one.</param>
/// <param name="Title">Its title.</param>
/// <param name="Pillar">The pillar of the partnership it serves.</param>
/// <param name="Lead">The lead partner's short name; null when none is named.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="StartMonth">The first day of the month it starts; null when not known.</param>
/// <param name="EndMonth">The first day of the month it ends; null when not known.</param>
/// <param name="Programmes">The funding programmes, comma-separated; null or empty when none is named.</param>
/// <param name="TotalBudget">The total budget of its funding lines, in euros; the sum of what is known, null when nothing is (never 0 for unknown).</param>
/// <param name="TotalBudgetUnknown">How many of its funding lines have no total budget (1 when it has no funding line): 0 when <paramref name="TotalBudget"/> is exact.</param>
/// <param name="EuContribution">The EU's contribution in its funding lines, in euros; the sum of what is known, null when nothing is.</param>
/// <param name="EuContributionUnknown">How many of its funding lines have no EU contribution (1 when it has no funding line): 0 when <paramref name="EuContribution"/> is exact.</param>
/// <param name="Location">Where it takes place, when stated.</param>
/// <param name="Priority">The partner country's priority it serves (the text of one of the partnership's priorities); null when none in particular.</param>
/// <param name="CommitmentId">The commitment of the joint declaration it carries out; null when none in particular.</param>
/// <param name="Commitment">That commitment's text.</param>
/// <param name="IsArchived">Whether it is archived.</param>
/// <param name="LastUpdateOn">The day of its newest progress update; null when there is none.</param>
/// <param name="LastRating">The rating of its newest progress update; null when there is none.</param>
public sealed record InitiativeRowDto(
    Guid Id,
    string? ReferenceCode,
    string Title,
    Pillar Pillar,
    string? Lead,
    InitiativeStatus Status,
    DateOnly? StartMonth,
    DateOnly? EndMonth,
    string? Programmes,
    decimal? TotalBudget,
    int TotalBudgetUnknown,
    decimal? EuContribution,
    int EuContributionUnknown,
    string? Location,
    string? Priority,
    Guid? CommitmentId,
    string? Commitment,
    bool IsArchived,
    DateOnly? LastUpdateOn,
    ProgressRating? LastRating)
{
    public static InitiativeRowDto From(ScoreboardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.ReferenceCode, row.Title, row.Pillar, row.Lead, row.Status, row.StartMonth, row.EndMonth, row.Programmes, row.TotalBudget.Sum, row.TotalBudget.Unknown, row.EuContribution.Sum, row.EuContribution.Unknown, row.Location, row.Priority, row.CommitmentId, row.Commitment, row.IsArchived, row.LastUpdateOn, row.LastRating);
    }
}
