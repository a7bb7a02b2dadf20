using System.Text;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Breaks text into lines that fit a width when printed in a font: at spaces, at line breaks the text has, at a soft
/// hyphen (U+00AD) when the word does not fit whole — drawn there as a hyphen, elsewhere not at all — and within a
/// word only when the word alone is wider than the line, then with a hyphen where letters are parted. Lines stay in
/// logical order, each carrying its paragraph's direction and open isolates (see <see cref="BidiWrappedLines"/>), so
/// that <see cref="BidiLine"/> reorders it as part of its paragraph.
/// </summary>
internal static class PdfTextWrap
{
    private const string Hyphen = "-";
    private const char SoftHyphen = '\u00AD';

    public static List<string> Lines(string text, PdfFont font, double width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var written in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var paragraph = BidiWrappedLines.ResolveFirstStrongIsolates(written);
            var first = lines.Count;
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, font) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                var rest = word;
                if (AtSoftHyphen(line.ToString(), ref rest, font, width) is { } hyphenated)
                {
                    lines.Add(hyphenated);
                    line.Clear();
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                // A word wider than the line (a long address, a code) is cut where it must be.
                while (Width(rest, font) > width && rest.Length > 1)
                {
                    if (AtSoftHyphen(string.Empty, ref rest, font, width) is { } part)
                    {
                        lines.Add(part);
                        continue;
                    }

                    lines.Add(Cut(rest, font, width, out var fits));
                    rest = rest[fits..];
                }

                line.Append(rest);
            }

            lines.Add(line.ToString());
            BidiWrappedLines.Carry(lines, first, paragraph);
        }

        return lines;
    }

    private static double Width(string text, PdfFont font) => PdfFonts.Width(text, font);

    /// <summary>The start of the word that fits the line, with a hyphen when it parts two letters and there is room for one.</summary>
    private static string Cut(string word, PdfFont font, double width, out int fits)
    {
        fits = FittingLength(word, font, width - Width(Hyphen, font));
        if (fits > 1 && char.IsLetterOrDigit(word[fits - 1]) && char.IsLetterOrDigit(word[fits]))
        {
            return word[..fits] + Hyphen;
        }

        fits = FittingLength(word, font, width);
        return word[..fits];
    }

    /// <summary>
    /// The line with as much of <paramref name="word"/> as fits up to one of its soft hyphens, and a hyphen; the word is
    /// left with the rest. Null when no soft hyphen is where the line has room.
    /// </summary>
    private static string? AtSoftHyphen(string line, ref string word, PdfFont font, double width)
    {
        for (var i = word.LastIndexOf(SoftHyphen); i > 0; i = word.LastIndexOf(SoftHyphen, i - 1))
        {
            var candidate = (line.Length == 0 ? string.Empty : line + " ") + word[..i] + Hyphen;
            if (Width(candidate, font) <= width)
            {
                word = word[(i + 1)..];
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The most characters from the start that fit, at least one, not splitting a surrogate pair.</summary>
    private static int FittingLength(string text, PdfFont font, double width)
    {
        int low = 1, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Width(text[..middle], font) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        // Never between the halves of a pair: one back, or, for the one character kept at least, one on.
        return low < text.Length && char.IsLowSurrogate(text[low]) ? (low > 1 ? low - 1 : low + 1) : low;
    }
}
