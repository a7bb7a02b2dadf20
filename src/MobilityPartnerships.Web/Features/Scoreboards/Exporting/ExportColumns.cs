using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Page;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The sheet columns of an export: those of the scoreboard as the user shows it, or every stored field so that the
/// sheet can be edited and imported back.
/// </summary>
public static class ExportColumns
{
    /// <summary>The scoreboard's columns in the grid's order and the sheet columns each is written as.</summary>
    private static readonly (ScoreboardColumn Column, InitiativeColumn[] Written)[] Mapping =
    [
        (ScoreboardColumn.ReferenceCode, [InitiativeColumn.ReferenceCode]),
        (ScoreboardColumn.Pillar, [InitiativeColumn.Pillar]),
        (ScoreboardColumn.Lead, [InitiativeColumn.Lead]),
        (ScoreboardColumn.Status, [InitiativeColumn.Status]),
        (ScoreboardColumn.Period, [InitiativeColumn.StartMonth, InitiativeColumn.EndMonth, InitiativeColumn.DurationMonths, InitiativeColumn.PeriodNote]),
        (ScoreboardColumn.Programmes, [InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor]),
        (ScoreboardColumn.TotalBudget, [InitiativeColumn.TotalBudget]),
        (ScoreboardColumn.EuContribution, [InitiativeColumn.EuContribution]),
        (ScoreboardColumn.Location, [InitiativeColumn.Location]),
    ];

    /// <summary>Every stored field once, in the order an import template has them.</summary>
    public static IReadOnlyList<InitiativeColumn> All => InitiativeColumns.Exported;

    /// <summary>
    /// The title (always shown) and the columns the user has not hidden, as the grid orders them: the reference
    /// code first, then the title. Grouping by pillar shows the pillar, as the grid does.
    /// </summary>
    public static IReadOnlyList<InitiativeColumn> Shown(IReadOnlySet<ScoreboardColumn> hidden, bool groupByPillar)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        var columns = new List<InitiativeColumn>();
        if (!hidden.Contains(ScoreboardColumn.ReferenceCode))
        {
            columns.Add(InitiativeColumn.ReferenceCode);
        }

        columns.Add(InitiativeColumn.Title);
        foreach (var (column, written) in Mapping.Skip(1))
        {
            if (!hidden.Contains(column) || (column == ScoreboardColumn.Pillar && groupByPillar))
            {
                columns.AddRange(written);
            }
        }

        return columns;
    }
}
