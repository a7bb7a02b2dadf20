using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// A column of the initiatives sheet as its field's entry carries it: the header an export writes it under and the other
/// headers the import recognises it by, its place in an exported sheet, what an export writes in its cell, how the import
/// reads that cell back into the draft, and which of the draft's properties the import reports its messages at. A column
/// without a writer is one the import alone reads (a combined cell people write by hand); one without a reading is read
/// with other columns, by its entry's <see cref="RowReading"/>.
/// </summary>
public sealed record SheetColumn(InitiativeColumn Column, SheetWord Header, IReadOnlyList<string> Aliases)
{
    /// <summary>Its place in an exported sheet, from 1; null for a column only the import reads.</summary>
    public int? ExportedAt { get; init; }

    /// <summary>The cell an export writes for an initiative; null for a column only the import reads.</summary>
    public Func<InitiativeDetails, SheetValue>? Write { get; init; }

    /// <summary>
    /// Whether its cells are amounts that may be partly or wholly not known (<see cref="SheetValue.OfTotal"/>): an export
    /// writes beside it the count of what each does not know (<see cref="NotKnownColumn"/>), a column the import does not read.
    /// </summary>
    public bool NotKnownBeside { get; init; }

    /// <summary>How the import reads the cell on its own; null when its entry reads it together with other columns.</summary>
    internal CellReading? Read { get; init; }

    /// <summary>
    /// The draft properties whose messages the import reports at this column: a property ("Summary"), a property of any
    /// item of a collection (<see cref="ItemProperty"/>: "FundingLines[].TotalBudget"), or a collection with whatever of
    /// its items no other column reports (<see cref="AnyOf"/>: "Partners[]").
    /// </summary>
    public IReadOnlyList<string> Reports { get; init; } = [];

    /// <summary>
    /// For a combined column (import only): the columns it stands for. A message of one of them is reported here when the
    /// sheet has this column and not that one.
    /// </summary>
    public IReadOnlyList<InitiativeColumn> StandsFor { get; init; } = [];

    /// <summary>A property of any item of a draft's collection, as <see cref="Reports"/> names it: "FundingLines[].TotalBudget".</summary>
    public static string ItemProperty(string collection, string property) => $"{collection}[].{property}";

    /// <summary>A draft's collection and whatever of its items no other column reports, as <see cref="Reports"/> names it: "Partners[]".</summary>
    public static string AnyOf(string collection) => collection + "[]";
}

/// <summary>
/// How the import reads an entry's columns of a row when their cells are not read each on its own, and why not: a cell
/// that names something looked up (organisations, thematic areas, the partnership's priorities and commitments), or one
/// that says several fields at once (a title with its reference code, a whole period, a budget with the EU's part).
/// </summary>
internal sealed record RowReading(string Because, Action<RowReader, InitiativeDraft> Apply);
