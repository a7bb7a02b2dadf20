using Microsoft.AspNetCore.Components;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>The scoreboard's grid: its columns as the view shows them, its cells' texts, its groups, order and pager's words.</summary>
public sealed partial class Scoreboard
{
    /// <summary>
    /// The grid's columns as the view shows them, in order (a hidden column is not written at all): the catalogue's field
    /// columns, and between them the two that are no field's, written out here (see <see cref="ScoreboardGrid"/>).
    /// </summary>
    private List<ShownColumn> Columns()
    {
        var wide = WideOnly;
        var grouping = view.Query.GroupByPillar;
        var columns = new List<ShownColumn>(InitiativeFields.GridColumns.Count + 2);
        void Add(int position, string title, ScoreboardSort? sort, Func<ScoreboardRow, RenderFragment> cell, string? cellClass = null, string? headerClass = null, GridTotal? total = null) =>
            columns.Add(new ShownColumn(position, title, sort, "mud-table-cell " + headerClass, "mud-table-cell " + cellClass, "mud-table-cell footer-cell " + cellClass, cell, total));

        // The title is always shown and its cell is a link with the row's flags; the indicators on track are read from
        // the initiative's indicators, not from one of its fields. Neither is in the catalogue of fields.
        Add(ScoreboardGrid.TitlePosition, L["Scoreboard_Initiative"], ScoreboardSort.Title, TitleCell, "scoreboard-title");
        Add(ScoreboardGrid.IndicatorsPosition, L["Indicator_ScoreboardColumn"], null, IndicatorsCell, wide, wide);
        foreach (var field in InitiativeFields.GridColumns)
        {
            if (field.IsShown(view.HiddenColumns, grouping))
            {
                var wideOnly = field.WideOnly && !(field.ShownWhenGroupedByPillar && grouping) ? wide : null;
                Add(field.Position, L[field.LabelKey], field.Sort, row => TextCell(field.Text(L, row)), Classes(field.CellClass, wideOnly), Classes(field.HeaderClass, wideOnly), field.Total);
            }
        }

        columns.Sort((a, b) => a.Position.CompareTo(b.Position));
        return columns;
    }

    private static string? Classes(string? own, string? wideOnly) => own is null ? wideOnly : wideOnly is null ? own : own + " " + wideOnly;

    private static RenderFragment TextCell(string? text) => builder => builder.AddContent(0, text);

    /// <summary>The page's rows, by pillar when grouped (the database orders them by pillar then), else in one run.</summary>
    private IEnumerable<(Pillar? Pillar, IEnumerable<ScoreboardRow> Rows)> Groups() =>
        view.Query.GroupByPillar
            ? result.Rows.GroupBy(r => r.Pillar).Select(g => ((Pillar?)g.Key, (IEnumerable<ScoreboardRow>)g))
            : [(null, result.Rows)];

    private string? AriaSort(ScoreboardSort? sort) =>
        sort is { } by && view.Query.Sort == by ? (view.Query.Descending ? "descending" : "ascending") : null;

    /// <summary>
    /// A column of the grid as the view shows it: its place, header and the order a click on it sorts by, the classes of
    /// its header, cells and footer cells, its cell for a row and the total its footer cells show, if any.
    /// </summary>
    private sealed record ShownColumn(int Position, string Title, ScoreboardSort? Sort, string Classes, string CellClasses, string FooterClasses, Func<ScoreboardRow, RenderFragment> Cell, GridTotal? Total);
}
