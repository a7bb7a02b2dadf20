namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>The rules for what may be searched for: any characters at all, read as plain words, up to a length.</summary>
public static class SearchText
{
    public const int MaxLength = 200;

    /// <summary>How many words of a search are looked for; words beyond are ignored.</summary>
    public const int MaxWords = 12;

    /// <summary>The most of each kind shown; the total is still counted.</summary>
    public const int MaxResultsPerGroup = 25;

    /// <summary>
    /// How many matches of a kind are counted; beyond this many the search says "more than" it. Counting every match of
    /// a common word would read tens of thousands of documents for one search.
    /// </summary>
    public const int MaxCounted = 1000;

    /// <summary>
    /// How many initiatives whose title or code holds every word are taken beside those counted, and how many of all the
    /// candidates are compared with the search text letter by letter (trigrams) to rank them.
    /// </summary>
    public const int RankedCandidates = 200;

    /// <summary>Words shorter than this are taken as typed: too few letters to guess what a mistyped one was meant to be.</summary>
    public const int MinTypoLength = 4;
}
