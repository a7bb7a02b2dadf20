using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.Details;

/// <summary>An initiative as its page and the API show it; <see cref="Stored"/> holds the values the catalogue of its fields carries.</summary>
public sealed record InitiativeDetails(
    Guid Id,
    Guid PartnershipId,
    string PartnershipName,
    string? ReferenceCode,
    string Title,
    string? Summary,
    Pillar Pillar,
    IReadOnlyList<string> ThematicAreas,
    string? Lead,
    IReadOnlyList<string> ParticipatingPartners,
    IReadOnlyList<string> ImplementingPartners,
    string? ResponsibleService,
    IReadOnlyList<ContactPointView> ContactPoints,
    IReadOnlyList<IndicatorView> Indicators,
    PeriodView Period,
    DateOnly? AnnouncedStartMonth,
    DateOnly? AnnouncedEndMonth,
    IReadOnlyList<FundingLineView> FundingLines,
    InitiativeStatus Status,
    Novelty Novelty,
    string? Location,
    bool IsShareable,
    string? Priority,
    Guid? CommitmentId,
    string? Commitment,
    bool IsArchived,
    StoredValueSet Stored)
{
    public Amount TotalBudget => Amount.OfLines(FundingLines.Select(f => f.TotalBudget));

    public Amount EuContribution => Amount.OfLines(FundingLines.Select(f => f.EuContribution));
}

/// <summary>A contact point without e-mail or phone: those are shown only to signed-in users.</summary>
/// <summary>A contact point; e-mail and phone only for users with access to the partnership (else null).</summary>
public sealed record ContactPointView(string Name, string? Organisation, string? Function, string? Email, string? Phone);

/// <summary>
/// An indicator with the figures its page shows: baseline and target (null when not set), and, read for one initiative
/// (<see cref="GetInitiativeDetails"/>), how many values were reported and the newest of them, at most
/// <see cref="NewestValuesShown"/>, newest first. The latest value and whether it is on track are defined once, with the
/// indicator's page (<see cref="Features.Indicators.Details.ReportedValues"/>).
/// </summary>
public sealed record IndicatorView(Guid Id, string Name, string? Description, string? Unit, IndicatorPoint? Baseline = null, IndicatorPoint? Target = null)
{
    /// <summary>The most values an initiative's read carries per indicator (five years of quarters); the indicator's page shows them all.</summary>
    public const int NewestValuesShown = 20;

    /// <summary>How many values were reported for it; 0 where its values were not read (a sheet does not carry them).</summary>
    public int ValueCount { get; init; }

    /// <summary>Its newest values, newest first, at most <see cref="NewestValuesShown"/>.</summary>
    public IReadOnlyList<ReportedValue> NewestValues { get; init; } = [];

    /// <summary>The value that counts, as the indicator's page and the scoreboard take it; null when none was reported.</summary>
    public ReportedValue? Latest => ReportedValues.Latest(NewestValues);

    /// <summary>Whether it is on track, as the indicator's page and the scoreboard judge it; null when it cannot be judged.</summary>
    public bool? IsOnTrack => ReportedValues.IsOnTrack(Baseline, Target, Latest);
}

public sealed record PeriodView(DateOnly? StartMonth, DateOnly? EndMonth, int? DurationMonths, string? Note);

public sealed record FundingLineView(FundingSourceKind SourceKind, string? Programme, string? Contributor, decimal? TotalBudget, decimal? EuContribution);
