using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// A column a scoreboard's file writes: a column of the initiatives sheet, or, beside one whose amounts may not be known
/// (<see cref="SheetColumn.NotKnownBeside"/>), the count of what each of them does not know (<see cref="NotKnownColumn"/>).
/// </summary>
public sealed record WrittenColumn(InitiativeColumn Column, bool CountsNotKnown = false)
{
    /// <summary>The columns chosen, each followed by its count of what is not known where it has one.</summary>
    public static IReadOnlyList<WrittenColumn> Of(IReadOnlyList<InitiativeColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return [.. columns.SelectMany(c => InitiativeFields.Column(c).NotKnownBeside ? new[] { new WrittenColumn(c), new WrittenColumn(c, CountsNotKnown: true) } : [new WrittenColumn(c)])];
    }

    /// <summary>Its header, in the language of the user who exports.</summary>
    public string Header => CountsNotKnown ? NotKnownColumn.HeaderBeside(InitiativeColumns.HeaderOf(Column)) : InitiativeColumns.HeaderOf(Column);

    /// <summary>The kind of column whose width it takes: its own, none for a count.</summary>
    public InitiativeColumn? Kind => CountsNotKnown ? null : Column;

    /// <summary>Its cell for an initiative.</summary>
    public SheetValue CellOf(InitiativeDetails initiative)
    {
        var value = SheetCells.Of(initiative, Column);
        return CountsNotKnown ? NotKnownColumn.Beside(value) : value;
    }

    /// <summary>Where the column itself (not a count beside it) is among <paramref name="written"/>; -1 when it is not written.</summary>
    public static int IndexOf(IReadOnlyList<WrittenColumn> written, InitiativeColumn column)
    {
        ArgumentNullException.ThrowIfNull(written);
        for (var i = 0; i < written.Count; i++)
        {
            if (written[i].Column == column && !written[i].CountsNotKnown)
            {
                return i;
            }
        }

        return -1;
    }
}
