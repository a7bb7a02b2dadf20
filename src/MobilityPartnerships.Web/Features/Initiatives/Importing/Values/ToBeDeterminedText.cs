using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Recognises a cell that says its value is not known yet: the sheet's own "To be determined" and the
/// shorthands officials write for it ("TBD", "tbc", "n/a", a lone dash).
/// </summary>
public static class ToBeDeterminedText
{
    private static readonly HashSet<string> Keys = new(SheetLabels.ToBeDeterminedWord.Both.Select(CellText.Key), StringComparer.Ordinal)
    {
        "tbd", "tbc", "tba", "tobeconfirmed", "tobedefined", "tobeagreed", "na", "notavailable", "unknown",
        "adeterminer", "adefinir", "dadeterminare", "dadefinire", "pordeterminar", "pordefinir",
    };

    private static readonly HashSet<string> Marks = new(StringComparer.Ordinal) { "-", "--", "\u2013", "\u2014", "?", "..." };

    /// <summary>Whether the whole cell says "to be determined" in one of the ways the readers accept.</summary>
    public static bool Matches(string? text)
    {
        var cleaned = CellText.Clean(text);
        return cleaned.Length > 0 && (Marks.Contains(cleaned) || Keys.Contains(CellText.Key(cleaned)));
    }
}
