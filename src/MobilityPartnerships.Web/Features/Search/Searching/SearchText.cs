using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>The rules for what may be searched for: any characters at all, read as plain words, up to a length.</summary>
public static class SearchText
{
    public const int MaxLength = 200;

    /// <summary>How many words of a search are looked for; words beyond are ignored.</summary>
    public const int MaxWords = 12;

    /// <summary>
    /// How many of a kind a page lists, as every list of the app does: all the kinds list their first page together, and
    /// one kind listed alone (<see cref="ResultGroup"/>) lists the rest a page at a time.
    /// </summary>
    public const int PageSize = ScoreboardQuery.DefaultPageSize;

    /// <summary>
    /// How many matches of a kind are counted; beyond this many the search says "more than" it. Counting every match of
    /// a common word would read tens of thousands of documents for one search. This is also how far the pages of a kind
    /// reach: with more matches than this, "all" is the first this many in the search's order (for initiatives and contact
    /// points, among the matches it took as candidates), the count reads "more than" it and the page says that more words
    /// narrow the search. Any page costs what the first does.
    /// </summary>
    public const int MaxCounted = 1000;

    /// <summary>
    /// How many initiatives whose title or code holds every word are taken beside those counted, and how many of all the
    /// candidates are compared with the search text letter by letter (trigrams) to rank them; the candidates after them
    /// follow by their text rank alone. For contact points, how many (by name) are ranked; those after follow by name.
    /// </summary>
    public const int RankedCandidates = 200;

    /// <summary>Words shorter than this are taken as typed: too few letters to guess what a mistyped one was meant to be.</summary>
    public const int MinTypoLength = 4;
}
