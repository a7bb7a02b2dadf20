using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// The column a file writes beside a column of amounts that may be partly or wholly not known, as the briefing pack's
/// workbook does beside its totals (decision 0008): the amount's cell holds the sum of what is known (blank when nothing
/// is) and this one, as a number, how many of its parts are not known ("Total budget: funding lines not known"), so both
/// columns sum and filter as numbers and an amount partly not known never reads as exact. Written in files only: the
/// import recognises no such header and leaves the column out, so an exported sheet still imports back as it was.
/// </summary>
public static class NotKnownColumn
{
    /// <summary>The header beside the amounts' column, in the language of the user who exports.</summary>
    public static string HeaderBeside(string amountHeader) => ResourceText.Format("Export_Column_NotKnown", amountHeader);

    /// <summary>The count beside an amount written with <see cref="SheetValue.OfTotal"/>: 0 when it is exact.</summary>
    public static SheetValue Beside(SheetValue amount) => SheetValue.OfWholeNumber(amount.NotKnown);
}
