using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>Count and money of the initiatives that match the filters, summed in SQL; each amount counts the initiatives it does not fully know.</summary>
public sealed record ScoreboardTotals(int Count, Amount TotalBudget, Amount EuContribution)
{
    public static ScoreboardTotals None { get; } = new(0, Amount.Nothing, Amount.Nothing);

    /// <summary>The totals of two separate sets of initiatives (pillars into the whole).</summary>
    public static ScoreboardTotals operator +(ScoreboardTotals left, ScoreboardTotals right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Count + right.Count, left.TotalBudget + right.TotalBudget, left.EuContribution + right.EuContribution);
    }

    public static ScoreboardTotals Add(ScoreboardTotals left, ScoreboardTotals right) => left + right;
}
