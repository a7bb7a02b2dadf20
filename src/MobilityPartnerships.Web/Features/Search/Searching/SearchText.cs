namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>The rules for what may be searched for: any characters at all, read as plain words, up to a length.</summary>
public static class SearchText
{
    public const int MaxLength = 200;

    /// <summary>How many words of a search are looked for; words beyond are ignored.</summary>
    public const int MaxWords = 12;

    /// <summary>The most of each kind shown; the total is still counted.</summary>
    public const int MaxResultsPerGroup = 25;

    /// <summary>Words shorter than this are taken as typed: too few letters to guess what a mistyped one was meant to be.</summary>
    public const int MinTypoLength = 4;
}
