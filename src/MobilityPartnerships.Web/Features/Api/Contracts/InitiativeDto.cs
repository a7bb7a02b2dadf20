using System.Text.Json.Serialization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Progress.Reading;

namespace MobilityPartnerships.Web.Features.Api.Contracts;

/// <summary>An initiative with every field of its scoreboard row, its partners, contact points, indicators, funding lines and latest progress.</summary>
/// <param name="Id">The initiative's id.</param>
/// <param name="PartnershipId">The partnership it belongs to.</param>
/// <param name="Partnership">That partnership's name.</param>
/// <param name="ReferenceCode">The scoreboard's reference code, when it has one.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">What it does, when described.</param>
/// <param name="Pillar">The pillar of the partnership it serves.</param>
/// <param name="ThematicAreas">The thematic areas it falls under, by name.</param>
/// <param name="Lead">The lead partner's name; null when none is named.</param>
/// <param name="Partners">The organisations that take part in it or implement it.</param>
/// <param name="ResponsibleService">The Commission service responsible, when named.</param>
/// <param name="ContactPoints">Whom to contact; e-mail and phone only for users with access to the partnership.</param>
/// <param name="Indicators">How its results are measured.</param>
/// <param name="Period">When it runs.</param>
/// <param name="AnnouncedPeriod">When it was to run as first announced in the scoreboard.</param>
/// <param name="FundingLines">Where its money comes from.</param>
/// <param name="TotalBudget">The total budget of its funding lines, in euros; the sum of what is known, null when nothing is (never 0 for unknown).</param>
/// <param name="TotalBudgetUnknown">How many of its funding lines have no total budget (1 when it has no funding line): 0 when <paramref name="TotalBudget"/> is exact.</param>
/// <param name="EuContribution">The EU's contribution in its funding lines, in euros; the sum of what is known, null when nothing is.</param>
/// <param name="EuContributionUnknown">How many of its funding lines have no EU contribution (1 when it has no funding line): 0 when <paramref name="EuContribution"/> is exact.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Novelty">Whether it is new or was already planned before the partnership.</param>
/// <param name="Location">Where it takes place, when stated.</param>
/// <param name="IsShareable">False for a record not to be shared beyond the partnership; such records reach only the EU side.</param>
/// <param name="Priority">The partner country's priority it serves (the text of one of the partnership's priorities); null when none in particular.</param>
/// <param name="CommitmentId">The commitment of the joint declaration it carries out; null when none in particular.</param>
/// <param name="Commitment">That commitment's text.</param>
/// <param name="IsArchived">Whether it is archived.</param>
/// <param name="LatestProgress">Its newest progress update; null when there is none.</param>
public sealed record InitiativeDto(
    Guid Id,
    Guid PartnershipId,
    string Partnership,
    string? ReferenceCode,
    string Title,
    string? Summary,
    Pillar Pillar,
    IReadOnlyList<string> ThematicAreas,
    string? Lead,
    IReadOnlyList<InitiativePartnerDto> Partners,
    string? ResponsibleService,
    IReadOnlyList<ContactPointDto> ContactPoints,
    IReadOnlyList<IndicatorDto> Indicators,
    PeriodDto Period,
    AnnouncedPeriodDto AnnouncedPeriod,
    IReadOnlyList<FundingLineDto> FundingLines,
    decimal? TotalBudget,
    int TotalBudgetUnknown,
    decimal? EuContribution,
    int EuContributionUnknown,
    InitiativeStatus Status,
    Novelty Novelty,
    string? Location,
    bool IsShareable,
    string? Priority,
    Guid? CommitmentId,
    string? Commitment,
    bool IsArchived,
    ProgressDto? LatestProgress)
{
    public static InitiativeDto From(InitiativeDetails details, ProgressEntry? latestProgress)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new(
            details.Id,
            details.PartnershipId,
            details.PartnershipName,
            details.ReferenceCode,
            details.Title,
            details.Summary,
            details.Pillar,
            details.ThematicAreas,
            details.Lead,
            [
                .. details.ParticipatingPartners.Select(name => new InitiativePartnerDto(name, PartnerRole.Participating)),
                .. details.ImplementingPartners.Select(name => new InitiativePartnerDto(name, PartnerRole.Implementing)),
            ],
            details.ResponsibleService,
            [.. details.ContactPoints.Select(c => new ContactPointDto(c.Name, c.Organisation, c.Function, c.Email, c.Phone))],
            [.. details.Indicators.Select(i => new IndicatorDto(i.Id, i.Name, i.Description, i.Unit))],
            new PeriodDto(details.Period.StartMonth, details.Period.EndMonth, details.Period.DurationMonths, details.Period.Note),
            new AnnouncedPeriodDto(details.AnnouncedStartMonth, details.AnnouncedEndMonth),
            [.. details.FundingLines.Select(f => new FundingLineDto(f.SourceKind, f.Programme, f.Contributor, f.TotalBudget, f.EuContribution))],
            details.TotalBudget.Sum, details.TotalBudget.Unknown,
            details.EuContribution.Sum, details.EuContribution.Unknown,
            details.Status,
            details.Novelty,
            details.Location,
            details.IsShareable,
            details.Priority,
            details.CommitmentId,
            details.Commitment,
            details.IsArchived,
            latestProgress is null ? null : new ProgressDto(latestProgress.ReportedOn, latestProgress.Rating, latestProgress.Narrative, latestProgress.Organisation))
        {
            Stored = details.Stored.ForApi(),
        };
    }

    /// <summary>
    /// The values the initiative keeps on its own row that the catalogue of its fields carries, as members of their own
    /// ("source": where these facts come from); null when not stated. The OpenAPI document names each with its type.
    /// </summary>
    [JsonExtensionData]
    [StoredValueMembers]
    public Dictionary<string, object?> Stored { get; init; } = [];
}
