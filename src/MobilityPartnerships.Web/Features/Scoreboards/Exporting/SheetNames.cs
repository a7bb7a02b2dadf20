using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Names of a workbook's sheets within Excel's limits: at most 31 characters, none of [ ] : * ? / \, not starting
/// or ending with an apostrophe, not "History" (Excel keeps it), and unique without regard to case.
/// </summary>
public static class SheetNames
{
    public const int MaxLength = 31;

    /// <summary>The sheet that lists every funding line of the exported initiatives, in either language.</summary>
    public static readonly SheetWord FundingLinesWord = new("Funding lines", "Lignes de financement");

    /// <summary>The sheet that lists every funding line, in the exporting user's language.</summary>
    public static string FundingLines => FundingLinesWord.Current;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>
    /// One name per wanted name, in order: made valid, then "(2)", "(3)" … added where a name is already taken.
    /// <paramref name="reserved"/> are names the workbook's other sheets use.
    /// </summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string> wanted, params string[] reserved)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase) { "History" };
        var names = new List<string>();
        foreach (var name in wanted)
        {
            var valid = Valid(name);
            var candidate = valid;
            for (var n = 2; taken.Contains(candidate); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                candidate = Cut(valid, MaxLength - suffix.Length).TrimEnd() + suffix;
            }

            taken.Add(candidate);
            names.Add(candidate);
        }

        return names;
    }

    /// <summary>The name with forbidden characters and control characters replaced by spaces, spaces collapsed, cut to 31 characters.</summary>
    public static string Valid(string? name)
    {
        var builder = new StringBuilder();
        foreach (var c in name ?? string.Empty)
        {
            var keep = !char.IsControl(c) && Array.IndexOf(Forbidden, c) < 0;
            if (keep && !(char.IsWhiteSpace(c) && (builder.Length == 0 || builder[^1] == ' ')))
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
            else if (!keep && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var valid = Cut(builder.ToString().Trim().Trim('\''), MaxLength).Trim().Trim('\'');
        return valid.Length == 0 ? "Scoreboard" : valid;
    }

    /// <summary>Cuts to at most <paramref name="length"/> characters without splitting a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end];
    }
}
