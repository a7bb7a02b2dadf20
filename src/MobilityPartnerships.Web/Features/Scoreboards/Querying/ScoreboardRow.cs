using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>One line of the scoreboard. Init-only members (not a positional record) so that EF Core can sort on them in SQL.</summary>
public sealed record ScoreboardRow
{
    public Guid Id { get; init; }

    /// <summary>Its partnership (a query over several partnerships tells their rows apart by it).</summary>
    public Guid PartnershipId { get; init; }

    public string? ReferenceCode { get; init; }

    public string Title { get; init; } = string.Empty;

    public Pillar Pillar { get; init; }

    public string? Lead { get; init; }

    public InitiativeStatus Status { get; init; }

    public DateOnly? StartMonth { get; init; }

    public DateOnly? EndMonth { get; init; }

    public string? PeriodNote { get; init; }

    public string? Programmes { get; init; }

    /// <summary>The sum of the funding lines' total budgets that are known; null when none is.</summary>
    public decimal? TotalBudgetKnown { get; init; }

    /// <summary>How many funding lines have no total budget (1 when there is no line at all).</summary>
    public int TotalBudgetUnknown { get; init; }

    public decimal? EuContributionKnown { get; init; }

    public int EuContributionUnknown { get; init; }

    public Amount TotalBudget => new(TotalBudgetKnown, TotalBudgetUnknown);

    public Amount EuContribution => new(EuContributionKnown, EuContributionUnknown);

    public string? Location { get; init; }

    /// <summary>The partner country's priority it serves; null when none in particular.</summary>
    public string? Priority { get; init; }

    /// <summary>The commitment of the joint declaration it carries out; null when none in particular.</summary>
    public Guid? CommitmentId { get; init; }

    /// <summary>That commitment's text.</summary>
    public string? Commitment { get; init; }

    public bool IsArchived { get; init; }

    /// <summary>The day of the newest progress update; null when there is none.</summary>
    public DateOnly? LastUpdateOn { get; init; }

    public ProgressRating? LastRating { get; init; }

    /// <summary>How many of its indicators that can be judged are on track; null when none can be. Filled per page, after the query.</summary>
    public Indicators.IndicatorsOnTrackCount? IndicatorsOnTrack { get; init; }

    /// <summary>Past its end month and not completed or cancelled.</summary>
    public bool IsLate(DateOnly today) => InitiativeFlags.IsLate(EndMonth, Status, today);

    /// <summary>Still open and without a progress update for more than <paramref name="staleAfterDays"/> days.</summary>
    public bool NeedsUpdate(DateOnly today, int staleAfterDays) =>
        InitiativeFlags.NeedsUpdate(Status, LastUpdateOn, today, staleAfterDays);
}
