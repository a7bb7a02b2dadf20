using System.Globalization;
using System.Text;

namespace MobilityPartnerships.Web.Features.Search.Highlighting;

/// <summary>
/// Words as the database compares them (PostgreSQL's unaccent and lower case): accents and case dropped,
/// and the letters unaccent spells out (ß, æ, œ, ø, ł…) spelled the same way.
/// </summary>
public static class TextFolding
{
    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i", ['ħ'] = "h", ['ŧ'] = "t",
    };

    /// <summary>The word lower-cased and without accents.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Spelled.TryGetValue(c, out var spelled))
            {
                folded.Append(spelled);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Whether any of <paramref name="texts"/> holds <paramref name="search"/> (trimmed) as the app's search compares
    /// words, case and accents ignored: a list's search box finds "Suède" for "suede". True for an empty search.
    /// </summary>
    public static bool AnyHolds(string? search, params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (string.IsNullOrWhiteSpace(search))
        {
            return true;
        }

        var folded = Fold(search.Trim());
        return texts.Any(text => text is not null && Fold(text).Contains(folded, StringComparison.Ordinal));
    }

    /// <summary>Whether the character belongs to a word: letters, digits and the accents on them.</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
