using Microsoft.AspNetCore.Components;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>The scoreboard's grid: its columns as the view shows them, its cells' texts, its groups, order and pager's words.</summary>
public sealed partial class Scoreboard
{
    /// <summary>The last page's index (0 when nothing matches).</summary>
    private int LastPage => Math.Max(0, (result.Totals.Count - 1) / view.Query.PageSize);

    private string PageInfo
    {
        get
        {
            var count = result.Totals.Count;
            var first = count == 0 ? 0 : (view.Query.Page * view.Query.PageSize) + 1;
            var last = Math.Min(count, (view.Query.Page + 1) * view.Query.PageSize);
            return L["MudBlazor_MudDataGridPager_InfoFormat", first, last, count];
        }
    }

    private bool IsHidden(ScoreboardColumn column) => view.HiddenColumns.Contains(column);

    private string PeriodText(ScoreboardRow row) =>
        row.StartMonth is null && row.EndMonth is null && row.PeriodNote is { } note ? note : L.Months(row.StartMonth, row.EndMonth);

    /// <summary>The grid's columns as the view shows them, in order (a hidden column is not written at all).</summary>
    private List<GridColumn> Columns()
    {
        var wide = WideOnly;
        var grouping = view.Query.GroupByPillar;
        var columns = new List<GridColumn>(11);
        void Add(GridKey key, string title, ScoreboardSort? sort, string? cellClass = null, string? headerClass = null) =>
            columns.Add(new GridColumn(key, title, sort, "mud-table-cell " + headerClass, "mud-table-cell " + cellClass, "mud-table-cell footer-cell " + cellClass));

        if (!IsHidden(ScoreboardColumn.ReferenceCode))
        {
            Add(GridKey.ReferenceCode, L["Scoreboard_ReferenceCode"], ScoreboardSort.ReferenceCode);
        }

        Add(GridKey.Title, L["Scoreboard_Initiative"], ScoreboardSort.Title, "scoreboard-title");
        if (!IsHidden(ScoreboardColumn.Pillar) || grouping)
        {
            Add(GridKey.Pillar, L["Scoreboard_Pillar"], ScoreboardSort.Pillar, grouping ? null : wide, grouping ? null : wide);
        }

        if (!IsHidden(ScoreboardColumn.Lead))
        {
            Add(GridKey.Lead, L["Scoreboard_Lead"], ScoreboardSort.Lead);
        }

        if (!IsHidden(ScoreboardColumn.Status))
        {
            Add(GridKey.Status, L["Scoreboard_Status"], ScoreboardSort.Status);
        }

        Add(GridKey.Indicators, L["Indicator_ScoreboardColumn"], null, wide, wide);
        if (!IsHidden(ScoreboardColumn.Period))
        {
            Add(GridKey.Period, L["Scoreboard_Period"], ScoreboardSort.Start);
        }

        if (!IsHidden(ScoreboardColumn.Programmes))
        {
            Add(GridKey.Programmes, L["Scoreboard_Programme"], null, wide, wide);
        }

        if (!IsHidden(ScoreboardColumn.TotalBudget))
        {
            Add(GridKey.TotalBudget, L["Common_TotalBudget"], ScoreboardSort.TotalBudget, "text-right text-nowrap", "text-right");
        }

        if (!IsHidden(ScoreboardColumn.EuContribution))
        {
            Add(GridKey.EuContribution, L["Common_EuContribution"], ScoreboardSort.EuContribution, "text-right text-nowrap", "text-right");
        }

        if (!IsHidden(ScoreboardColumn.Location))
        {
            Add(GridKey.Location, L["Scoreboard_Location"], null);
        }

        return columns;
    }

    private RenderFragment Cell(GridKey key, ScoreboardRow row) => key switch
    {
        GridKey.Title => TitleCell(row),
        GridKey.Indicators => IndicatorsCell(row),
        _ => builder => builder.AddContent(0, CellText(key, row)),
    };

    private string? CellText(GridKey key, ScoreboardRow row) => key switch
    {
        GridKey.ReferenceCode => row.ReferenceCode,
        GridKey.Pillar => L.Name(row.Pillar),
        GridKey.Lead => row.Lead ?? L["Common_ToBeDetermined"],
        GridKey.Status => L.Name(row.Status),
        GridKey.Period => PeriodText(row),
        GridKey.Programmes => row.Programmes,
        GridKey.TotalBudget => L.Amount(row.TotalBudget),
        GridKey.EuContribution => L.Amount(row.EuContribution),
        GridKey.Location => row.Location,
        _ => null,
    };

    /// <summary>The page's rows, by pillar when grouped (the database orders them by pillar then), else in one run.</summary>
    private IEnumerable<(Pillar? Pillar, IEnumerable<ScoreboardRow> Rows)> Groups() =>
        view.Query.GroupByPillar
            ? result.Rows.GroupBy(r => r.Pillar).Select(g => ((Pillar?)g.Key, (IEnumerable<ScoreboardRow>)g))
            : [(null, result.Rows)];

    private string? AriaSort(ScoreboardSort? sort) =>
        sort is { } by && view.Query.Sort == by ? (view.Query.Descending ? "descending" : "ascending") : null;

    private enum GridKey
    {
        ReferenceCode,
        Title,
        Pillar,
        Lead,
        Status,
        Indicators,
        Period,
        Programmes,
        TotalBudget,
        EuContribution,
        Location,
    }

    /// <summary>A column of the grid: its header's name and order, and the classes of its header, cells and footer cells.</summary>
    private sealed record GridColumn(GridKey Key, string Title, ScoreboardSort? Sort, string Classes, string CellClasses, string FooterClasses);
}
