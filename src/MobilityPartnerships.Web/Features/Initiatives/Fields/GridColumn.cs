using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A column of the scoreboard's grid that shows a field: the user's show/hide choice it answers to (its name is what the
/// address and the user's saved view keep), its place among the grid's columns (<see cref="ScoreboardGrid"/> places the
/// columns that are no field's), its header, the order a click on its header sorts by (null when it does not sort), its
/// cell's text read from a scoreboard row, and the spreadsheet columns an export "as shown" writes for it.
/// </summary>
public sealed record GridColumn(
    ScoreboardColumn Column,
    int Position,
    string LabelKey,
    ScoreboardSort? Sort,
    Func<IStringLocalizer<Strings>, ScoreboardRow, string?> Text,
    IReadOnlyList<InitiativeColumn> Exported)
{
    /// <summary>The classes of its cells and footer cells besides the table's own ("text-right text-nowrap" for money).</summary>
    public string? CellClass { get; init; }

    /// <summary>The classes of its header besides the table's own.</summary>
    public string? HeaderClass { get; init; }

    /// <summary>Left out at a laptop's width while the user keeps the default columns (the page's <c>WideOnly</c>).</summary>
    public bool WideOnly { get; init; }

    /// <summary>Shown, and at every width, while the grid groups its rows by pillar, even when the user hid it.</summary>
    public bool ShownWhenGroupedByPillar { get; init; }

    /// <summary>The total its footer cells show, under a pillar's group and under the grid; null when they are empty.</summary>
    public GridTotal? Total { get; init; }

    /// <summary>Whether the grid shows it, and an export "as shown" writes it, for these hidden columns and grouping.</summary>
    public bool IsShown(IReadOnlySet<ScoreboardColumn> hidden, bool groupByPillar)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        return !hidden.Contains(Column) || (ShownWhenGroupedByPillar && groupByPillar);
    }
}

/// <summary>A total in a column's footer cells: the end of its test id ("total-budget") and the sum it shows.</summary>
public sealed record GridTotal(string TestId, Func<ScoreboardTotals, Amount> Sum, TotalOf Of = TotalOf.Budget);
