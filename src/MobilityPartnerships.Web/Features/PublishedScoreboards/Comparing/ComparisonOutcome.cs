namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>The answer to a comparison: the differences, or why there are none to show.</summary>
public abstract record ComparisonOutcome
{
    public sealed record Compared(VersionComparison Comparison) : ComparisonOutcome;

    /// <summary>No such partnership, or the user may not read its versions.</summary>
    public sealed record NotFound : ComparisonOutcome;

    /// <summary>The partnership has no version with this number.</summary>
    public sealed record UnknownVersion(int Number) : ComparisonOutcome;

    /// <summary>Nothing has been published yet, so there is nothing to compare today with.</summary>
    public sealed record NothingPublished : ComparisonOutcome;

    /// <summary>The request makes no sense (a version compared with itself); the message says so.</summary>
    public sealed record Invalid(string Message) : ComparisonOutcome;
}
