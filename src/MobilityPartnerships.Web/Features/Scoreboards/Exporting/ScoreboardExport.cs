using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>What an export writes: the partnerships' rows, the columns chosen and whether rows are grouped by pillar.</summary>
public sealed record ScoreboardExport(IReadOnlyList<ExportedPartnership> Partnerships, IReadOnlyList<InitiativeColumn> Columns, bool GroupByPillar)
{
    public int RowCount => Partnerships.Sum(p => p.Initiatives.Count);
}
