using System.Text.Json.Serialization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Api.Contracts;

/// <summary>One row of a published version, with names as they were on the day.</summary>
/// <param name="InitiativeId">The initiative; the same in every version, whatever its title.</param>
/// <param name="ReferenceCode">Its reference code, if any.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary.</param>
/// <param name="Pillar">The pillar of the Global Approach it belongs to.</param>
/// <param name="ThematicAreas">Its thematic areas' names.</param>
/// <param name="Lead">The lead partner's name; null while to be determined.</param>
/// <param name="ResponsibleService">The responsible service's name.</param>
/// <param name="Partners">"Organisation (role)" for each partner.</param>
/// <param name="Status">Where it stood.</param>
/// <param name="Novelty">Whether it was new or already planned.</param>
/// <param name="Period">When it runs.</param>
/// <param name="Location">Where it takes place.</param>
/// <param name="Priority">The partner country's priority it served; null when none in particular, or in a version published before priorities were kept.</param>
/// <param name="Commitment">The text of the commitment of the joint declaration it carried out; null when none in particular, or in a version published before commitments were kept.</param>
/// <param name="IsShareable">Whether it may be shared beyond the partnership.</param>
/// <param name="FundingLines">"Programme (contributor): total …, EU …" for each funding line.</param>
/// <param name="TotalBudget">Its total budget, in euros; the sum of what is known, null when nothing is (never 0 for unknown).</param>
/// <param name="TotalBudgetUnknown">How many of its funding lines have no total budget (1 when it has no funding line): 0 when <paramref name="TotalBudget"/> is exact.</param>
/// <param name="EuContribution">The EU's contribution, in euros; the sum of what is known, null when nothing is.</param>
/// <param name="EuContributionUnknown">How many of its funding lines have no EU contribution (1 when it has no funding line): 0 when <paramref name="EuContribution"/> is exact.</param>
/// <param name="LastUpdateOn">The day of its latest progress update then.</param>
/// <param name="LastRating">The rating of that update.</param>
public sealed record PublishedInitiativeDto(
    Guid InitiativeId,
    string? ReferenceCode,
    string Title,
    string? Summary,
    Pillar Pillar,
    IReadOnlyList<string> ThematicAreas,
    string? Lead,
    string? ResponsibleService,
    IReadOnlyList<string> Partners,
    InitiativeStatus Status,
    Novelty Novelty,
    PeriodDto Period,
    string? Location,
    string? Priority,
    string? Commitment,
    bool IsShareable,
    IReadOnlyList<string> FundingLines,
    decimal? TotalBudget,
    int TotalBudgetUnknown,
    decimal? EuContribution,
    int EuContributionUnknown,
    DateOnly? LastUpdateOn,
    ProgressRating? LastRating)
{
    public static PublishedInitiativeDto From(PublishedInitiative row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.InitiativeId, row.ReferenceCode, row.Title, row.Summary, row.Pillar, row.ThematicAreas, row.Lead, row.ResponsibleService, row.Partners,
            row.Status, row.Novelty, new PeriodDto(row.StartMonth, row.EndMonth, null, row.PeriodNote), row.Location,
            string.IsNullOrEmpty(row.Priority) ? null : row.Priority, string.IsNullOrEmpty(row.Commitment) ? null : row.Commitment, row.IsShareable, row.FundingLines,
            row.TotalBudget.Sum, row.TotalBudget.Unknown, row.EuContribution.Sum, row.EuContribution.Unknown, row.LastUpdateOn, row.LastRating)
        {
            Facts = InitiativeFields.StoredValuesKeptInVersions.ToDictionary(
                s => s.ApiName,
                s => row.Facts.TryGetValue(s.Name, out var fact) ? s.FromFact(fact) : null,
                StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The values versions keep of its fields, as they were on the day, as members of their own ("expectedResults"); null
    /// when none was stated, or in a version published before the field was kept. The OpenAPI document names each.
    /// </summary>
    [JsonExtensionData]
    [StoredValueMembers(KeptInVersionsOnly = true)]
    public Dictionary<string, object?> Facts { get; init; } = [];
}
