using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A column of the initiatives sheet as its field's entry carries it: what an export writes in its cell, and how the
/// import reads that cell back into the draft. A column without a writer is one the import alone reads (a combined cell
/// people write by hand); one without a reading is read with other columns, by its entry's <see cref="RowReading"/>.
/// </summary>
public sealed record SheetColumn(InitiativeColumn Column)
{
    /// <summary>The cell an export writes for an initiative; null for a column only the import reads.</summary>
    public Func<ExportedInitiative, SheetValue>? Write { get; init; }

    /// <summary>How the import reads the cell on its own; null when its entry reads it together with other columns.</summary>
    internal CellReading? Read { get; init; }
}

/// <summary>
/// How the import reads an entry's columns of a row when their cells are not read each on its own, and why not: a cell
/// that names something looked up (organisations, thematic areas, the partnership's priorities and commitments), or one
/// that says several fields at once (a title with its reference code, a whole period, a budget with the EU's part).
/// </summary>
internal sealed record RowReading(string Because, Action<RowReader, InitiativeDraft> Apply);
