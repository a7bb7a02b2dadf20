using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Dashboards.Coverage;

/// <summary>
/// What partnerships do under each objective of the Global Approach, as in Annex I of SEC(2009) 1240: partnerships as
/// columns, pillars and their thematic areas as rows. A pillar's row counts the initiatives of that pillar (each once);
/// an area's row counts those classified under the area, so an initiative appears once per thematic area it has.
/// </summary>
public sealed record CoverageMatrix(
    IReadOnlyList<CoverageColumn> Columns,
    IReadOnlyList<CoverageColumn> Choices,
    IReadOnlyList<CoverageRow> Rows);

/// <summary>A partnership shown as a column (or one the user may choose to show).</summary>
public sealed record CoverageColumn(Guid PartnershipId, string Name);

/// <summary>
/// A pillar (<see cref="ThematicAreaId"/> null and <see cref="WithoutArea"/> false), one of its thematic areas, or its
/// initiatives that have no thematic area (<see cref="WithoutArea"/>), with one cell per column.
/// </summary>
public sealed record CoverageRow(Pillar Pillar, Guid? ThematicAreaId, string? ThematicArea, bool WithoutArea, IReadOnlyList<CoverageCell> Cells)
{
    public bool IsPillar => ThematicAreaId is null && !WithoutArea;
}

/// <summary>The initiatives of one partnership in one row: how many, their titles when asked for, and the scoreboard query opening them.</summary>
public sealed record CoverageCell(Guid PartnershipId, int Count, IReadOnlyList<string> Titles, ScoreboardQuery? Opens);
