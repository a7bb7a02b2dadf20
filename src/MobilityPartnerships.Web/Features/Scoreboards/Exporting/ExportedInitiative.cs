using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// One initiative as a sheet writes it: its stored fields with organisations and thematic areas by name, and its
/// funding lines (EU programmes first, then by programme and contributor: lines have no order of their own).
/// </summary>
public sealed record ExportedInitiative
{
    public Guid Id { get; init; }

    public string? ReferenceCode { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Summary { get; init; }

    public Pillar Pillar { get; init; }

    public IReadOnlyList<string> ThematicAreas { get; init; } = [];

    /// <summary>The lead partner's display name; null while to be determined.</summary>
    public string? Lead { get; init; }

    /// <summary>The participating partners' display names.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    public IReadOnlyList<string> ImplementingPartners { get; init; } = [];

    public string? ResponsibleService { get; init; }

    public DateOnly? StartMonth { get; init; }

    public DateOnly? EndMonth { get; init; }

    public int? DurationMonths { get; init; }

    public string? PeriodNote { get; init; }

    public DateOnly? AnnouncedStartMonth { get; init; }

    public DateOnly? AnnouncedEndMonth { get; init; }

    public InitiativeStatus Status { get; init; }

    public Novelty Novelty { get; init; }

    public string? Location { get; init; }

    public bool IsShareable { get; init; }

    /// <summary>The partner country's priority it serves; null when none in particular.</summary>
    public string? Priority { get; init; }

    /// <summary>The text of the commitment of the joint declaration it carries out; null when none in particular.</summary>
    public string? Commitment { get; init; }

    /// <summary>The values it keeps on its own row that the catalogue of its fields carries, such as its source.</summary>
    public StoredValueSet Stored { get; init; } = StoredValueSet.None;

    public IReadOnlyList<ExportedFundingLine> FundingLines { get; init; } = [];

    /// <summary>The sum of the lines' total budgets: not known without lines, partly known when a line has no figure.</summary>
    public Amount TotalBudget => Amount.OfLines(FundingLines.Select(f => f.TotalBudget));

    /// <summary>The sum of the lines' EU contributions, known as far as the lines say.</summary>
    public Amount EuContribution => Amount.OfLines(FundingLines.Select(f => f.EuContribution));
}
