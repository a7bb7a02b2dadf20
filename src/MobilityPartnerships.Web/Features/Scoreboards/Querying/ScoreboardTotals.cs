namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>Count and money of the initiatives that match the filters, summed in SQL.</summary>
public sealed record ScoreboardTotals(int Count, decimal TotalBudget, decimal EuContribution)
{
    public static ScoreboardTotals None { get; } = new(0, 0m, 0m);
}
