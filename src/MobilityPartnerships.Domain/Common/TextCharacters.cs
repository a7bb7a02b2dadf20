using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// How every writer (the edit form, the API, the import, meetings, comments…) reads a text a person typed, so that all
/// store the same thing: its line breaks as "\n", trimmed, counted in characters as PostgreSQL counts them (Unicode
/// code points: an emoji is one), and blank when nothing in it can be seen.
/// </summary>
public static class TextCharacters
{
    /// <summary>
    /// Whether a reader sees nothing: no text, or only white space (Unicode White_Space) and characters that are never
    /// drawn (Default_Ignorable_Code_Point: zero-width spaces and joiners, the soft hyphen, the byte order mark, the
    /// direction marks, embeddings, overrides and isolates…).
    /// </summary>
    public static bool IsBlank([NotNullWhen(false)] string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsInvisible(rune))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text as it is stored: line breaks as "\n" ("\r\n" and a lone "\r" alike), trimmed of white space; empty for none.</summary>
    public static string Normalised(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
        return lines.Trim();
    }

    /// <summary>The text as it is stored, or null when it is blank (see <see cref="IsBlank"/>).</summary>
    public static string? NormalisedOrNone(string? text) => IsBlank(text) ? null : Normalised(text);

    /// <summary>The lines of a text that lists one item a line (priorities, decisions, people): each as stored, the blank ones left out.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. Normalised(text).Split('\n').Where(line => !IsBlank(line)).Select(line => line.Trim())];

    /// <summary>How many characters the text has as the database counts them: code points, so a character outside the BMP (an emoji) is one.</summary>
    public static int Count(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var count = text.Length;
        for (var at = 0; at + 1 < text.Length; at++)
        {
            if (char.IsSurrogatePair(text[at], text[at + 1]))
            {
                count--;
                at++;
            }
        }

        return count;
    }

    /// <summary>How many characters the text keeps once stored (<see cref="Normalised"/>, then <see cref="Count"/>).</summary>
    public static int StoredCount(string? text) => Count(Normalised(text));

    /// <summary>
    /// The text with every run of white space (spaces, no-break spaces, tabs…) as one space, trimmed: how a name is stored,
    /// so that "European  Commission" is the "European Commission" already in the list.
    /// </summary>
    public static string SingleSpaced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spaced = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                spaced.Append(' ');
                inSpace = false;
            }

            spaced.Append(c);
        }

        return spaced.ToString();
    }

    /// <summary>The start of the text, at most <paramref name="maxLength"/> UTF-16 units long, never ending between the halves of a surrogate pair.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..end];
    }

    /// <summary>
    /// The first character a text may not hold, or null: in a text of one line (a name, a title) a line break or a
    /// character that forces its direction (<see cref="DirectionOverride"/>); in any text a control character other than
    /// the line breaks and tabs a text of several lines keeps. Every writer asks this, so that all refuse the same.
    /// </summary>
    public static UnshowableCharacter? Unshowable(string text, bool paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!paragraphs && DirectionOverride(text) is { } direction)
        {
            return new UnshowableCharacter(UnshowableKind.DirectionOverride, direction);
        }

        foreach (var c in text)
        {
            var lineBreak = c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
            var kept = paragraphs && (c is '\n' or '\t');
            if (kept || (!lineBreak && !char.IsControl(c)))
            {
                continue;
            }

            return new UnshowableCharacter(lineBreak && !paragraphs ? UnshowableKind.LineBreak : UnshowableKind.ControlCharacter, c);
        }

        return null;
    }

    /// <summary>
    /// A text of one line made from one this product did not have typed (a name a sign-in provider gives): line breaks
    /// and other control characters become spaces, characters forcing the direction are left out, and it is cut to
    /// <paramref name="maxLength"/> characters; empty when nothing in it can be seen.
    /// </summary>
    public static string OneLineFrom(string? text, int maxLength)
    {
        if (IsBlank(text))
        {
            return string.Empty;
        }

        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u202A' and <= '\u202E')
            {
                continue;
            }

            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        var shown = line.ToString().Trim();
        return IsBlank(shown) ? string.Empty : Cut(shown, maxLength).Trim();
    }

    /// <summary>
    /// The first character that forces the direction of the text around it (U+202A–U+202E: embeddings and overrides), or
    /// null. An override shows the letters after it in reverse order, so a name can read as something other than what
    /// it holds. The isolates (U+2066–U+2069) are not among them: they are how Unicode asks to place a name in a
    /// script written the other way (Arabic in a French title) without disturbing the rest, and cannot reverse letters.
    /// </summary>
    public static char? DirectionOverride(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E');
        return at < 0 ? null : text[at];
    }

    private static bool IsInvisible(Rune rune) => Rune.IsWhiteSpace(rune) || IsDefaultIgnorable(rune.Value);

    /// <summary>Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): characters no font draws.</summary>
    private static bool IsDefaultIgnorable(int c) =>
        c is 0x00AD or 0x034F or 0x061C or 0x3164 or 0xFEFF or 0xFFA0
        || c is >= 0x115F and <= 0x1160
        || c is >= 0x17B4 and <= 0x17B5
        || c is >= 0x180B and <= 0x180F
        || c is >= 0x200B and <= 0x200F
        || c is >= 0x202A and <= 0x202E
        || c is >= 0x2060 and <= 0x206F
        || c is >= 0xFE00 and <= 0xFE0F
        || c is >= 0xFFF0 and <= 0xFFF8
        || c is >= 0x1BCA0 and <= 0x1BCA3
        || c is >= 0x1D173 and <= 0x1D17A
        || c is >= 0xE0000 and <= 0xE0FFF;
}
