namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>
/// Counts as whole percentages of their sum that add up to exactly 100: each share is rounded down, and the points left
/// go to the shares that lost the most in rounding (the largest-remainder method; on a tie, the earlier count).
/// Rounding each share on its own would let 5, 5 and 4 read "36 %, 36 %, 29 %", 101 % in all.
/// </summary>
public static class WholeShares
{
    /// <summary>The shares, in the counts' order; none when the counts sum to nothing (there is no share of nothing).</summary>
    public static IReadOnlyList<int>? Of(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Any(c => c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(counts), "A count is never negative.");
        }

        long sum = counts.Sum(c => (long)c);
        if (sum == 0)
        {
            return null;
        }

        var shares = counts.Select(c => (int)(c * 100L / sum)).ToArray();
        var left = 100 - shares.Sum();
        var byRemainder = Enumerable.Range(0, counts.Count)
            .OrderByDescending(i => counts[i] * 100L % sum)
            .ThenBy(i => i)
            .Take(left);
        foreach (var i in byRemainder)
        {
            shares[i]++;
        }

        return shares;
    }
}
