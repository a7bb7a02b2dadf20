using MobilityPartnerships.Web.Hosting.Languages;

namespace MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

/// <summary>
/// A word of the sheet format (a column's header, a fixed choice, a sheet's name) in the two languages the product
/// writes sheets in. An export writes it in the language of the user who asks for it; the import recognises either,
/// so a workbook exported in French imports back for an English user and the other way round.
/// </summary>
public sealed record SheetWord(string English, string French)
{
    /// <summary>The word in the language the interface is in now: French for any French culture, English otherwise.</summary>
    public string Current => Language.Current == Language.French ? French : English;

    /// <summary>Both forms, English first; one when the two are written alike.</summary>
    public IEnumerable<string> Both => English == French ? [English] : [English, French];

    public override string ToString() => Current;
}
