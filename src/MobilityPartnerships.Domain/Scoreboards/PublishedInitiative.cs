using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>
/// One row of a published scoreboard, as it was shown: names are copied in, not referenced, so that later
/// renames, edits and archiving leave it as it was. <see cref="InitiativeId"/> matches it across versions.
/// </summary>
public sealed record PublishedInitiative
{
    public Guid InitiativeId { get; init; }

    public string? ReferenceCode { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Summary { get; init; }

    public Pillar Pillar { get; init; }

    /// <summary>Names of its thematic areas, in name order.</summary>
    public IReadOnlyList<string> ThematicAreas { get; init; } = [];

    public string? Lead { get; init; }

    public string? ResponsibleService { get; init; }

    /// <summary>
    /// The ids of the reference entries the names above stand for (its thematic areas, in no order; its lead; its
    /// responsible service): the names are the record of what was published, the ids let a page show them in its own
    /// language. Null in a version published before versions kept them.
    /// </summary>
    public IReadOnlyList<Guid>? ThematicAreaIds { get; init; }

    /// <inheritdoc cref="ThematicAreaIds"/>
    public Guid? LeadId { get; init; }

    /// <inheritdoc cref="ThematicAreaIds"/>
    public Guid? ResponsibleServiceId { get; init; }

    /// <summary>"Organisation (role)" for each partner, in name order.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    public InitiativeStatus Status { get; init; }

    public Novelty Novelty { get; init; }

    public DateOnly? StartMonth { get; init; }

    public DateOnly? EndMonth { get; init; }

    public string? PeriodNote { get; init; }

    public string? Location { get; init; }

    /// <summary>
    /// The partner country's priority it served: empty when none in particular; null in a version published before
    /// versions kept priorities, which says nothing about it.
    /// </summary>
    public string? Priority { get; init; }

    /// <summary>
    /// The text of the commitment of the joint declaration it carried out: empty when none in particular; null in a
    /// version published before versions kept commitments, which says nothing about it.
    /// </summary>
    public string? Commitment { get; init; }

    public bool IsShareable { get; init; } = true;

    /// <summary>
    /// Texts of its fields that versions keep by name, such as "ExpectedResults": the text, empty for none. A version
    /// published before a field was kept has no fact of it, which says nothing about it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>"Programme: total / EU contribution" for each funding line, in programme order.</summary>
    public IReadOnlyList<string> FundingLines { get; init; } = [];

    /// <summary>
    /// The sum of its funding lines' total budgets as published. Versions published before unknown amounts were kept
    /// stored what they showed (a missing figure as 0) and read as exact; newer ones keep what was not known.
    /// </summary>
    public Amount TotalBudget
    {
        get => new(TotalBudgetKnown, TotalBudgetUnknown);
        init => (TotalBudgetKnown, TotalBudgetUnknown) = (value.Known, value.Unknown);
    }

    public Amount EuContribution
    {
        get => new(EuContributionKnown, EuContributionUnknown);
        init => (EuContributionKnown, EuContributionUnknown) = (value.Known, value.Unknown);
    }

    /// <summary>The known part of <see cref="TotalBudget"/>, as stored.</summary>
    public decimal? TotalBudgetKnown { get; private init; }

    /// <summary>How many of its funding lines had no total budget (1 with no line at all); 0 in older versions.</summary>
    public int TotalBudgetUnknown { get; private init; }

    public decimal? EuContributionKnown { get; private init; }

    public int EuContributionUnknown { get; private init; }

    public DateOnly? LastUpdateOn { get; init; }

    public ProgressRating? LastRating { get; init; }

    /// <summary>Past its end month and not completed or cancelled, on the given day.</summary>
    public bool IsLateOn(DateOnly today) => InitiativeFlags.IsLate(EndMonth, Status, today);
}
