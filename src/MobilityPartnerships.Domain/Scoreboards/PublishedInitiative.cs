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

    /// <summary>"Programme: total / EU contribution" for each funding line, in programme order.</summary>
    public IReadOnlyList<string> FundingLines { get; init; } = [];

    public decimal TotalBudget { get; init; }

    public decimal EuContribution { get; init; }

    public DateOnly? LastUpdateOn { get; init; }

    public ProgressRating? LastRating { get; init; }

    /// <summary>Past its end month and not completed or cancelled, on the given day.</summary>
    public bool IsLateOn(DateOnly today) => InitiativeFlags.IsLate(EndMonth, Status, today);
}
