using System.Buffers;
using System.Globalization;
using System.Text;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Puts one line of text in the order it is drawn from left to right, following the Unicode bidirectional algorithm
/// (see <see cref="BidiExplicit"/> and <see cref="BidiImplicit"/>): runs of Hebrew and Arabic right to left, numbers in
/// them left to right, embeddings, overrides and isolates as they say, brackets mirrored in right-to-left runs, marks
/// kept on their letter. The line's direction is that of its first strong character outside isolates (P2, P3; see
/// <see cref="BidiWrappedLines"/>, which gives a wrapped line its paragraph's). The controls and direction marks are
/// not drawn; PdfPig has no bidirectional support of its own.
/// </summary>
internal static class BidiLine
{
    /// <summary>Whether the text's first strong character outside isolates is written right to left; null when it has none.</summary>
    public static bool? StartsRightToLeft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var classes = text.EnumerateRunes().Select(BidiClasses.Of).ToArray();
        return BidiClasses.FirstStrongIsRightToLeft(classes, 0, classes.Length);
    }

    /// <summary>The line (logical order, already shaped) in drawing order, without the characters that are not drawn.</summary>
    public static string Visual(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var clusters = Clusters(line);
        var classes = clusters.Select(c => BidiClasses.Of(FirstRune(c))).ToArray();
        if (!classes.Any(c => c is BidiClass.RightToLeft or BidiClass.ArabicLetter or BidiClass.ArabicNumber or BidiClass.RightToLeftEmbedding
                or BidiClass.RightToLeftOverride or BidiClass.RightToLeftIsolate or BidiClass.FirstStrongIsolate))
        {
            return string.Concat(clusters.Where(Drawn));
        }

        var paragraphLevel = BidiClasses.FirstStrongIsRightToLeft(classes, 0, classes.Length) == true ? 1 : 0;
        var levels = BidiExplicit.Levels(classes, paragraphLevel);

        // L2: from the highest level down to the lowest odd one, reverse every run at that level or higher.
        var order = Enumerable.Range(0, clusters.Count).Where(i => levels[i] != BidiExplicit.Removed && Drawn(clusters[i])).ToArray();
        var highest = order.Select(i => levels[i]).DefaultIfEmpty(0).Max();
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
            visual.Append(levels[i] % 2 == 1 && cluster.Length == 1 ? Mirrored(cluster[0]) : cluster);
        }

        return visual.ToString();
    }

    /// <summary>
    /// The text cut into letters with their marks, a surrogate pair kept whole, so that reversing keeps each together;
    /// a character that is not drawn (a control, a joiner) stands alone.
    /// </summary>
    private static List<string> Clusters(string line)
    {
        var clusters = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var end = i + (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1);
            if (Drawn(line[i..end]))
            {
                while (end < line.Length && IsMark(line[end]))
                {
                    end++;
                }
            }

            clusters.Add(line[i..end]);
            i = end;
        }

        return clusters;
    }

    private static bool Drawn(string cluster) => !DefaultIgnorable.Contains(FirstRune(cluster).Value);

    private static Rune FirstRune(string text) => Rune.DecodeFromUtf16(text, out var rune, out _) == OperationStatus.Done ? rune : Rune.ReplacementChar;

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
