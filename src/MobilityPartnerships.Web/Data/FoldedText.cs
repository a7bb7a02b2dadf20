namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Text as the database compares what a user types with what is kept, case and accents aside: <c>mp_fold_text</c>, the
/// lower case of PostgreSQL's unaccent, the form <see cref="Features.Search.Highlighting.TextFolding"/> writes in C#.
/// Unlike the search's words (<c>mp_search_text</c>), it keeps every other character, so "C++" or "100%" is still found
/// only where it is written.
/// </summary>
public static class FoldedText
{
    /// <summary>The SQL function that folds a text (IMMUTABLE, so a stored column may call it; NULL folds to an empty text).</summary>
    public const string Function = "mp_fold_text";

    /// <summary>
    /// The shadow property, and stored column, of an initiative's texts that the scoreboard's text filter looks in (title,
    /// title in the other language, reference code, summary, location), folded and kept by the database.
    /// </summary>
    public const string InitiativeFilterText = "FilterText";

    /// <summary>
    /// The stored column's expression: each text folded, with the unit separator (U+001F) between them, a control
    /// character no kept text holds, so a filter never matches across two texts.
    /// </summary>
    public const string InitiativeFilterTextSql =
        "public.mp_fold_text(title) || chr(31) || public.mp_fold_text(second_language_title) || chr(31) || public.mp_fold_text(reference_code)"
        + " || chr(31) || public.mp_fold_text(summary) || chr(31) || public.mp_fold_text(location)";

    /// <summary><paramref name="text"/> folded, in a query only: the database's <c>mp_fold_text</c>.</summary>
    public static string Of(string text) =>
        throw new InvalidOperationException($"FoldedText.Of({text}) is for queries only: the database folds the text ({Function}).");
}
