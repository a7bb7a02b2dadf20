using System.Globalization;
using System.Text;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Puts one line of text in the order it is drawn from left to right, following the Unicode bidirectional algorithm
/// for what a briefing pack holds: runs of Hebrew and Arabic right to left, numbers in them left to right, spaces and
/// punctuation taking the direction of the text around them, brackets mirrored in right-to-left runs, marks kept
/// on their letter. The line's direction is that of its first strong letter (see <see cref="PdfTextWrap"/>, which
/// marks a wrapped line with its paragraph's). Explicit embeddings and isolates (U+202A–U+202E, U+2066–U+2069) are
/// not followed; PdfPig has no bidirectional support of its own.
/// </summary>
internal static class BidiLine
{
    public const char LeftToRightMark = '\u200E';
    public const char RightToLeftMark = '\u200F';

    private enum Kind
    {
        Left,
        Right,
        ArabicLetter,
        EuropeanNumber,
        ArabicNumber,
        NumberSeparator,
        NumberTerminator,
        CommonSeparator,
        Neutral,
    }

    /// <summary>Whether the text's first strong letter is written right to left; null when it has none.</summary>
    public static bool? StartsRightToLeft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            switch (KindOf(c))
            {
                case Kind.Left:
                    return false;
                case Kind.Right or Kind.ArabicLetter:
                    return true;
            }
        }

        return null;
    }

    /// <summary>The line (logical order, already shaped) in drawing order, without its direction marks.</summary>
    public static string Visual(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Any(c => KindOf(c) is Kind.Right or Kind.ArabicLetter))
        {
            return line.Contains(LeftToRightMark, StringComparison.Ordinal) ? line.Replace(LeftToRightMark.ToString(), string.Empty, StringComparison.Ordinal) : line;
        }

        var clusters = Clusters(line);
        var kinds = clusters.Select(c => KindOf(c[0])).ToArray();
        var baseRight = StartsRightToLeft(line) ?? false;
        var levels = Levels(kinds, baseRight);

        // L2: from the highest level down to the lowest odd one, reverse every run at that level or higher.
        var order = Enumerable.Range(0, clusters.Count).ToArray();
        var highest = levels.Max();
        for (var level = highest; level >= 1; level--)
        {
            for (var i = 0; i < order.Length; i++)
            {
                if (levels[order[i]] < level)
                {
                    continue;
                }

                var end = i;
                while (end + 1 < order.Length && levels[order[end + 1]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i + 1);
                i = end;
            }
        }

        var visual = new StringBuilder(line.Length);
        foreach (var i in order)
        {
            var cluster = clusters[i];
            if (cluster is [LeftToRightMark] or [RightToLeftMark])
            {
                continue;
            }

            visual.Append(levels[i] % 2 == 1 && cluster.Length == 1 ? Mirrored(cluster[0]) : cluster);
        }

        return visual.ToString();
    }

    /// <summary>The text cut into letters with their marks, a surrogate pair kept whole, so that reversing keeps each together.</summary>
    private static List<string> Clusters(string line)
    {
        var clusters = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var end = i + (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1);
            while (end < line.Length && IsMark(line[end]))
            {
                end++;
            }

            clusters.Add(line[i..end]);
            i = end;
        }

        return clusters;
    }

    private static int[] Levels(Kind[] kinds, bool baseRight)
    {
        var n = kinds.Length;
        var types = (Kind[])kinds.Clone();
        var sos = baseRight ? Kind.Right : Kind.Left;

        // W2, W3: a European number after Arabic letters is an Arabic one; Arabic letters are then right-to-left.
        var lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is Kind.Left or Kind.Right or Kind.ArabicLetter)
            {
                lastStrong = types[i];
            }
            else if (types[i] == Kind.EuropeanNumber && lastStrong == Kind.ArabicLetter)
            {
                types[i] = Kind.ArabicNumber;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] == Kind.ArabicLetter)
            {
                types[i] = Kind.Right;
            }
        }

        // W4: one separator between two numbers of a kind belongs to them ("1,000", "10.5", "2024-2026").
        for (var i = 1; i < n - 1; i++)
        {
            if (types[i - 1] == types[i + 1] && (
                (types[i] == Kind.NumberSeparator && types[i - 1] == Kind.EuropeanNumber) ||
                (types[i] == Kind.CommonSeparator && types[i - 1] is Kind.EuropeanNumber or Kind.ArabicNumber)))
            {
                types[i] = types[i - 1];
            }
        }

        // W5: terminators (%, €, #) next to a European number belong to it.
        for (var i = 0; i < n; i++)
        {
            if (types[i] != Kind.NumberTerminator)
            {
                continue;
            }

            var end = i;
            while (end < n && types[end] == Kind.NumberTerminator)
            {
                end++;
            }

            var toNumber = (i > 0 && types[i - 1] == Kind.EuropeanNumber) || (end < n && types[end] == Kind.EuropeanNumber);
            for (var j = i; j < end; j++)
            {
                types[j] = toNumber ? Kind.EuropeanNumber : Kind.Neutral;
            }

            i = end - 1;
        }

        // W6, W7: the separators left are neutral; a European number after Latin letters is left-to-right.
        lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is Kind.NumberSeparator or Kind.CommonSeparator)
            {
                types[i] = Kind.Neutral;
            }
            else if (types[i] is Kind.Left or Kind.Right)
            {
                lastStrong = types[i];
            }
            else if (types[i] == Kind.EuropeanNumber && lastStrong == Kind.Left)
            {
                types[i] = Kind.Left;
            }
        }

        // N1, N2: neutrals between text of one direction (numbers count as right-to-left) take it, others the line's.
        for (var i = 0; i < n; i++)
        {
            if (types[i] != Kind.Neutral)
            {
                continue;
            }

            var end = i;
            while (end < n && types[end] == Kind.Neutral)
            {
                end++;
            }

            var before = i == 0 ? baseRight : Direction(types[i - 1]);
            var after = end == n ? baseRight : Direction(types[end]);
            for (var j = i; j < end; j++)
            {
                types[j] = (before == after ? before : baseRight) ? Kind.Right : Kind.Left;
            }

            i = end - 1;
        }

        // I1, I2: the implicit levels.
        var levels = new int[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = (baseRight, types[i]) switch
            {
                (false, Kind.Left) => 0,
                (false, Kind.Right) => 1,
                (false, _) => 2,
                (true, Kind.Right) => 1,
                (true, _) => 2,
            };
        }

        return levels;
    }

    private static bool Direction(Kind kind) => kind != Kind.Left;

    private static Kind KindOf(char c)
    {
        switch (c)
        {
            case >= '0' and <= '9':
            case >= '\u06F0' and <= '\u06F9':
                return Kind.EuropeanNumber;
            case >= '\u0660' and <= '\u0669':
            case '\u066B' or '\u066C':
                return Kind.ArabicNumber;
            case '+' or '-':
                return Kind.NumberSeparator;
            case '#' or '$' or '%' or '°' or '‰' or (>= '\u00A2' and <= '\u00A5') or (>= '\u20A0' and <= '\u20CF'):
                return Kind.NumberTerminator;
            case ',' or '.' or ':' or '/' or '\u00A0' or '\u060C' or '\u202F':
                return Kind.CommonSeparator;
            case LeftToRightMark:
                return Kind.Left;
            case RightToLeftMark:
                return Kind.Right;
            case >= '\u0590' and <= '\u05FF':
            case >= '\u07C0' and <= '\u085F':
            case >= '\uFB1D' and <= '\uFB4F':
                return IsMark(c) ? Kind.Neutral : Kind.Right;
            case >= '\u0600' and <= '\u07BF':
            case >= '\u0860' and <= '\u08FF':
            case >= '\uFB50' and <= '\uFDFF':
            case >= '\uFE70' and <= '\uFEFE':
                return IsMark(c) ? Kind.Neutral : Kind.ArabicLetter;
            default:
                return char.IsLetter(c) || char.IsDigit(c) ? Kind.Left : Kind.Neutral;
        }
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static char Mirrored(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    };
}
