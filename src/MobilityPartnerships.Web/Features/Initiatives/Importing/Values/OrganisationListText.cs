using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Splits a cell that lists several organisations into their names, by a fixed rule:
/// <list type="number">
/// <item>";" and line breaks always separate names (the export writes "; ").</item>
/// <item>Otherwise "," separates names only when every comma-separated part has at most
/// <see cref="MaxWordsPerCommaPart"/> words ("Spain, Italy, France"); a name with a comma inside
/// ("Directorate-General for Justice, Liberty and Security") stays whole when the matcher knows it.</item>
/// <item>"and" never separates, as it belongs to many names.</item>
/// </list>
/// Bullets at the start of a line are dropped, as are empty and repeated names; "To be determined",
/// alone or as one of the names, sets the flag instead of becoming a name.
/// </summary>
public static partial class OrganisationListText
{
    /// <summary>The most words a comma-separated part may have for commas to count as separators.</summary>
    public const int MaxWordsPerCommaPart = 4;

    /// <summary>Splits one cell.</summary>
    public static OrganisationList Split(string? text) => Split(text, null);

    /// <summary>Splits one cell, keeping it whole when the matcher knows it as one organisation.</summary>
    public static OrganisationList Split(string? text, OrganisationMatcher? matcher)
    {
        var lines = (text ?? string.Empty).Split(['\r', '\n', ';'], StringSplitOptions.None)
            .Select(line => CellText.Clean(Bullet().Replace(line, string.Empty)))
            .Where(line => line.Length > 0)
            .ToList();
        if (lines.Count == 1 && lines[0].Contains(',', StringComparison.Ordinal) && !Separated(text))
        {
            var parts = lines[0].Split(',').Select(CellText.Clean).ToList();
            var known = matcher?.Match(lines[0]) is OrganisationMatch.Exact;
            if (!known && parts.All(part => part.Length > 0 && part.Split(' ').Length <= MaxWordsPerCommaPart))
            {
                lines = parts;
            }
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var toBeDetermined = false;
        foreach (var line in lines)
        {
            if (ToBeDeterminedText.Matches(line))
            {
                toBeDetermined = true;
            }
            else if (CellText.Key(line) is { Length: > 0 } key && seen.Add(key))
            {
                names.Add(line);
            }
        }

        return new OrganisationList(names, toBeDetermined);
    }

    private static bool Separated(string? text) => text is not null && text.IndexOfAny(['\r', '\n', ';']) >= 0;

    [GeneratedRegex(@"^\s*(?:[•·*\u2022\u25AA\u2013\u2014]|-(?=\s))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();
}
