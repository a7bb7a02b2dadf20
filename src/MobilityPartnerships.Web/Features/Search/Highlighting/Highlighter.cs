using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.Web.Features.Search.Highlighting;

/// <summary>A piece of a text, and whether it is a word the search found.</summary>
public readonly record struct TextSegment(string Text, bool IsMatch);

/// <summary>
/// Splits a text into plain and matched pieces, comparing words as the database does (no accents, no case), so
/// that "securite" marks "Sécurité". The pieces are rendered as text, never as markup.
/// </summary>
public static class Highlighter
{
    public static IReadOnlyList<TextSegment> Segments(string? text, IReadOnlyList<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var segments = new List<TextSegment>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!TextFolding.IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TextFolding.IsWordCharacter(text[i]))
            {
                i++;
            }

            if (Matches(TextFolding.Fold(text[start..i]), terms))
            {
                if (start > plainStart)
                {
                    segments.Add(new TextSegment(text[plainStart..start], false));
                }

                segments.Add(new TextSegment(text[start..i], true));
                plainStart = i;
            }
        }

        if (plainStart < text.Length)
        {
            segments.Add(new TextSegment(text[plainStart..], false));
        }

        return segments;
    }

    /// <summary>A part of a long text around its first matched word, cut at word boundaries, with ellipses where cut.</summary>
    public static string Excerpt(string text, IReadOnlyList<SearchTerm> terms, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        var offset = 0;
        foreach (var segment in Segments(text, terms))
        {
            if (segment.IsMatch)
            {
                break;
            }

            offset += segment.Text.Length;
        }

        var start = offset >= text.Length ? 0 : Math.Max(0, offset - (length / 3));
        start = Math.Min(start, text.Length - length);
        while (start > 0 && TextFolding.IsWordCharacter(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + length);
        while (end < text.Length && TextFolding.IsWordCharacter(text[end]))
        {
            end++;
        }

        return (start > 0 ? "…" : string.Empty) + text[start..end].Trim() + (end < text.Length ? "…" : string.Empty);
    }

    private static bool Matches(string folded, IReadOnlyList<SearchTerm> terms)
    {
        foreach (var term in terms)
        {
            if (term.IsPrefix ? folded.StartsWith(term.Word, StringComparison.Ordinal) : string.Equals(folded, term.Word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
