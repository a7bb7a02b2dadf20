using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// How the import reads one column's cell into the draft property it carries, on its own: what the cell says, what a
/// blank that clears it gives, and what a new initiative gets when its row gives no value. The catalogue of an
/// initiative's fields gives one to each plain column (texts, months, whole numbers, fixed choices, yes or no).
/// </summary>
internal abstract class CellReading
{
    private protected CellReading(string property) => Property = property;

    /// <summary>The draft property the cell sets.</summary>
    public string Property { get; }

    /// <summary>Reads the row's cell of the column into the draft; true when the row gave it (a value, or a blank that clears it).</summary>
    public abstract bool ApplyTo(RowReader row, InitiativeColumn column, InitiativeDraft draft);

    /// <summary>A free text as every writer reads one (<see cref="TextCharacters.Normalised"/>); a blank that clears leaves none.</summary>
    public static CellReading Text(string property, Action<InitiativeDraft, string?> set) =>
        new Value<string?>(property, cell => new Parsed<string?>.Value(TextCharacters.Normalised(cell.Text)), set, _ => new Parsed<string?>.Value(null));

    /// <summary>A month; a year alone is its first month, or its last for the <paramref name="end"/> of a period.</summary>
    public static CellReading Month(string property, Action<InitiativeDraft, DateOnly?> set, bool end) =>
        new Value<DateOnly?>(property, cell => ImportCellValues.Month(cell, end), set, _ => new Parsed<DateOnly?>.Value(null));

    /// <summary>A whole number of months.</summary>
    public static CellReading WholeNumber(string property, Action<InitiativeDraft, int?> set) =>
        new Value<int?>(property, ImportCellValues.WholeNumber, set, _ => new Parsed<int?>.Value(null));

    /// <summary>The pillar: a blank keeps a stored initiative's; a new one without takes the user's default pillar, or is refused.</summary>
    public static CellReading Pillar(string property, Action<InitiativeDraft, Pillar> set) =>
        new Value<Pillar>(property, ImportCellValues.Pillar, set, blank: null, missing: context =>
            context.Settings.DefaultPillar is { } pillar ? new Parsed<Pillar>.Value(pillar) : new Parsed<Pillar>.Invalid(context.Text["Import_Row_NoPillar"]));

    /// <summary>The status: a blank, or a new initiative without, takes the user's default status.</summary>
    public static CellReading Status(string property, Action<InitiativeDraft, InitiativeStatus> set) =>
        new Value<InitiativeStatus>(property, ImportCellValues.Status, set, DefaultStatus, DefaultStatus);

    /// <summary>New or already planned: a blank says neither.</summary>
    public static CellReading Novelty(string property, Action<InitiativeDraft, Novelty> set) =>
        new Value<Novelty>(property, ImportCellValues.Novelty, set, _ => new Parsed<Novelty>.Value(Domain.Initiatives.Novelty.NotStated));

    /// <summary>Yes or no; a blank that clears gives <paramref name="whenBlank"/>.</summary>
    public static CellReading YesNo(string property, Action<InitiativeDraft, bool> set, bool whenBlank) =>
        new Value<bool>(property, ImportCellValues.YesNo, set, _ => new Parsed<bool>.Value(whenBlank));

    /// <summary>Yes or no, or not stated: a blank that clears leaves it not stated, never "no".</summary>
    public static CellReading YesNoOrNotStated(string property, Action<InitiativeDraft, bool?> set) =>
        new Value<bool?>(
            property,
            cell => ImportCellValues.YesNo(cell) switch
            {
                Parsed<bool>.Value read => new Parsed<bool?>.Value(read.Result),
                Parsed<bool>.Invalid invalid => new Parsed<bool?>.Invalid(invalid.Message),
                var other => throw new InvalidOperationException($"A yes or no never reads as {other}."),
            },
            set,
            _ => new Parsed<bool?>.Value(null));

    private static Parsed<InitiativeStatus> DefaultStatus(ImportContext context) => new Parsed<InitiativeStatus>.Value(context.Settings.DefaultStatus);

    /// <summary>
    /// A value read from the cell with <paramref name="parse"/>; a blank that clears gives <paramref name="blank"/> (null: a
    /// blank never clears it), and a new initiative whose row gives none gets <paramref name="missing"/> (null: the draft's
    /// own). A value that cannot be read is a problem at the cell, and the property takes the type's default, as it always has.
    /// </summary>
    private sealed class Value<T>(
        string property,
        Func<SheetCell, Parsed<T>> parse,
        Action<InitiativeDraft, T?> set,
        Func<ImportContext, Parsed<T>>? blank,
        Func<ImportContext, Parsed<T>>? missing = null) : CellReading(property)
    {
        public override bool ApplyTo(RowReader row, InitiativeColumn column, InitiativeDraft draft)
        {
            if (row.Given(column, out var cell, out var clear) && (!clear || blank is not null))
            {
                set(draft, row.Read(column, clear ? blank!(row.Context) : parse(cell)));
                return true;
            }

            if (row.IsNew && missing is not null)
            {
                set(draft, row.Read(column, missing(row.Context)));
            }

            return false;
        }
    }
}
