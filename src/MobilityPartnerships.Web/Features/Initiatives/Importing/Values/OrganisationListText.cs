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
            else if (Tidy(line) is var name && CellText.Key(name) is { Length: > 0 } key && seen.Add(key))
            {
                names.Add(name);
            }
        }

        return new OrganisationList(names, toBeDetermined);
    }

    /// <summary>
    /// One name without the stray punctuation a sheet leaves after it ("IOM,", "Caritas Moldova.", "UNHCR -"): commas,
    /// colons, dashes, slashes and an unmatched closing bracket or quote; a full stop unless it ends an abbreviation
    /// ("Ltd.", "S.A.", "e.V.").
    /// </summary>
    public static string Tidy(string? name)
    {
        var text = CellText.Clean(name);

        // The brackets and quotes are counted once and kept as characters leave the end: counting them again, or
        // copying the text, for each character left would cost a cell of 32,767 ")" a billion steps.
        var (opening, closing) = (Count(text, '('), Count(text, ')'));
        var (openingSquare, closingSquare) = (Count(text, '['), Count(text, ']'));
        var quotes = Count(text, '"');
        var leftQuote = text.Contains('\u201C', StringComparison.Ordinal);
        var end = text.Length;
        while (end > 0)
        {
            var last = text[end - 1];
            var stray = last switch
            {
                ',' or ';' or ':' or '-' or '\u2013' or '\u2014' or '/' or '\\' or '|' or '*' or '\u2022' => true,
                '.' => !EndsWithAbbreviation(text.AsSpan(0, end)),
                ')' => opening < closing,
                ']' => openingSquare < closingSquare,
                '"' => quotes % 2 == 1,
                '\u201D' => !leftQuote,
                _ => false,
            };
            if (!stray)
            {
                break;
            }

            (closing, closingSquare, quotes) = last switch
            {
                ')' => (closing - 1, closingSquare, quotes),
                ']' => (closing, closingSquare - 1, quotes),
                '"' => (closing, closingSquare, quotes - 1),
                _ => (closing, closingSquare, quotes),
            };
            end--;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        return end == text.Length ? text : text[..end];
    }

    private static int Count(string text, char c) => text.AsSpan().Count(c);

    /// <summary>"Ltd.", "Inc.", "S.A.", "e.V.": a full stop that belongs to the last word.</summary>
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> text)
    {
        var word = text[(text.LastIndexOf(' ') + 1)..^1];
        return word.Contains('.') || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ltd", "Inc", "Co", "Corp", "Bros", "Assn", "Assoc", "Dept", "Govt", "Intl", "Int", "Natl", "Org", "St", "Jr", "Sr", "Ass", "Mr", "Mrs", "Dr",
    };

    private static bool Separated(string? text) => text is not null && text.IndexOfAny(['\r', '\n', ';']) >= 0;

    [GeneratedRegex(@"^\s*(?:[•·*\u2022\u25AA\u2013\u2014]|-(?=\s))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();
}
