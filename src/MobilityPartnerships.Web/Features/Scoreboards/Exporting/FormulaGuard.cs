namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Keeps text from being taken for a formula when a spreadsheet opens an exported file ("formula injection"): a
/// title such as "=HYPERLINK(…)" must stay text. In a CSV file such text gets a leading apostrophe, which the import
/// takes off again (<see cref="Restore"/>), so that an exported file imports back unchanged; in a workbook it is a text
/// cell anyway and is marked with Excel's quote prefix, its value unchanged.
/// </summary>
public static class FormulaGuard
{
    /// <summary>The apostrophe <see cref="Neutralise"/> puts before a text that looks like a formula.</summary>
    private const char Mark = '\'';

    /// <summary>Whether a spreadsheet would read the text as a formula: it starts with =, +, -, @, a tab or a carriage return.</summary>
    public static bool LooksLikeFormula(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text with an apostrophe before it when it looks like a formula; otherwise as it is.</summary>
    public static string Neutralise(string text) => LooksLikeFormula(text) ? Mark + text : text;

    /// <summary>
    /// The text a CSV cell holds without the apostrophe <see cref="Neutralise"/> added: exactly one leading apostrophe,
    /// and only when what follows it looks like a formula; any other text as it is ("'quoted'", "'", "''=x" keep theirs).
    /// A text someone really wrote as "'=…" in a CSV file is read as "=…" too: the file cannot tell the two apart, and
    /// reading back what the product wrote matters more (the README promises an exported file imports back unchanged).
    /// </summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && text[0] == Mark && LooksLikeFormula(text[1..]) ? text[1..] : text;
    }
}
