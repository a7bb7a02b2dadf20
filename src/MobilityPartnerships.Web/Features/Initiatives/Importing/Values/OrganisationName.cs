using System.Text;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// An organisation's name as the matcher compares it: its key (letters and digits only, lower case, no
/// accents) and its words without the small ones ("for", "de", "of the"); a hyphenated word is one word
/// whose parts give initials ("Directorate-General": "directorategeneral", initials "dg").
/// </summary>
internal sealed class OrganisationName
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "for", "in", "of", "on", "the", "to",
        "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur",
        "da", "dei", "degli", "dell", "della", "delle", "di", "e", "gli", "il", "lo", "per",
        "el", "las", "los", "para", "por", "y",
        "das", "der", "die", "fur", "und", "het", "van", "voor",
    };

    public OrganisationName(string text)
    {
        Key = CellText.Key(text);
        var words = Split(CellText.Fold(text));
        var content = words.Where(w => !SmallWords.Contains(w.Text)).ToList();
        Words = content.Count > 0 ? content : words;
    }

    public string Key { get; }

    public IReadOnlyList<Word> Words { get; }

    private static List<Word> Split(string folded)
    {
        var words = new List<Word>();
        var text = new StringBuilder();
        var initials = new StringBuilder();
        var partStarts = true;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (partStarts)
                {
                    initials.Append(c);
                    partStarts = false;
                }

                text.Append(c);
            }
            else if (c == '-' && text.Length > 0 && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]))
            {
                partStarts = true;
            }
            else if (text.Length > 0)
            {
                words.Add(new Word(text.ToString(), initials.ToString()));
                text.Clear();
                initials.Clear();
                partStarts = true;
            }
            else
            {
                partStarts = true;
            }
        }

        return words;
    }

    /// <summary>One word: its letters and digits, and the initials of its hyphenated parts.</summary>
    internal readonly record struct Word(string Text, string Initials);
}
