using System.Text;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Breaks text into lines that fit a width when printed in a font: at spaces, at line breaks the text has, and
/// within a word only when the word alone is wider than the line — then with a hyphen where letters are parted.
/// </summary>
internal static class PdfTextWrap
{
    private const string Hyphen = "-";

    public static List<string> Lines(string text, PdfFont font, double width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, font) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                // A word wider than the line (a long address, a code) is cut where it must be.
                var rest = word;
                while (Width(rest, font) > width && rest.Length > 1)
                {
                    lines.Add(Cut(rest, font, width, out var fits));
                    rest = rest[fits..];
                }

                line.Append(rest);
            }

            lines.Add(line.ToString());
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

        return low < text.Length && char.IsLowSurrogate(text[low]) && low > 1 ? low - 1 : low;
    }
}
