namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>What a search gives: nothing asked, a search text refused with the reason, or the results.</summary>
public abstract record SearchOutcome
{
    private SearchOutcome()
    {
    }

    /// <summary>An empty search shows nothing rather than everything.</summary>
    public sealed record NothingAsked : SearchOutcome;

    public sealed record Refused(string Message) : SearchOutcome;

    public sealed record Found(SearchResults Results) : SearchOutcome;
}
