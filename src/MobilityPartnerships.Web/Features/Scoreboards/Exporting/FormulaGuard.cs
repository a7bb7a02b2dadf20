namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Keeps text from being taken for a formula when a spreadsheet opens an exported file ("formula injection"): a
/// title such as "=HYPERLINK(…)" must stay text. In a CSV file such text gets a leading apostrophe; in a workbook it
/// is a text cell anyway and is marked with Excel's quote prefix, its value unchanged.
/// </summary>
public static class FormulaGuard
{
    /// <summary>Whether a spreadsheet would read the text as a formula: it starts with =, +, -, @, a tab or a carriage return.</summary>
    public static bool LooksLikeFormula(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text with an apostrophe before it when it looks like a formula; otherwise as it is.</summary>
    public static string Neutralise(string text) => LooksLikeFormula(text) ? "'" + text : text;
}
