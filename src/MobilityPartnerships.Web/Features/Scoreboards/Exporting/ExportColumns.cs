using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Page;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The sheet columns of an export: those of the scoreboard as the user shows it, or every stored field so that the
/// sheet can be edited and imported back.
/// </summary>
public static class ExportColumns
{
    /// <summary>Every stored field once, in the order an import template has them.</summary>
    public static IReadOnlyList<InitiativeColumn> All => InitiativeColumns.Exported;

    /// <summary>
    /// The title (always shown) and the columns the user has not hidden, as the grid orders them: the reference code
    /// first, then the title. Grouping by pillar shows the pillar, as the grid does. Each grid column of the catalogue
    /// (<see cref="InitiativeFields.GridColumns"/>) says which sheet columns it is written as.
    /// </summary>
    public static IReadOnlyList<InitiativeColumn> Shown(IReadOnlySet<ScoreboardColumn> hidden, bool groupByPillar)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        var columns = new List<InitiativeColumn>();
        var titleWritten = false;
        foreach (var column in InitiativeFields.GridColumns)
        {
            // The title is no field's column in the grid (no choice hides it): written at its place among them.
            if (!titleWritten && column.Position > ScoreboardGrid.TitlePosition)
            {
                columns.Add(InitiativeColumn.Title);
                titleWritten = true;
            }

            if (column.IsShown(hidden, groupByPillar))
            {
                columns.AddRange(column.Exported);
            }
        }

        if (!titleWritten)
        {
            columns.Add(InitiativeColumn.Title);
        }

        return columns;
    }
}
