using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

namespace MobilityPartnerships.Web.Tests.Dashboards;

/// <summary>Shares in whole percentages say 100 % in all, each within a point of the true share.</summary>
public sealed class WholeSharesTests
{
    [Fact]
    public void Five_five_and_four_read_36_36_and_28_not_36_36_and_29()
    {
        Assert.Equal([36, 36, 28], WholeShares.Of([5, 5, 4]));
    }

    [Fact]
    public void Three_equal_counts_give_the_left_point_to_the_first()
    {
        Assert.Equal([34, 33, 33], WholeShares.Of([1, 1, 1]));
    }

    [Fact]
    public void A_count_of_nothing_is_no_share_and_a_whole_is_a_hundred()
    {
        Assert.Null(WholeShares.Of([0, 0, 0]));
        Assert.Equal([0, 100, 0], WholeShares.Of([0, 7, 0]));
    }

    [Fact]
    public void Any_counts_add_up_to_a_hundred_with_each_share_within_a_point_of_its_true_share()
    {
        var random = new Random(20261206);
        for (var run = 0; run < 2_000; run++)
        {
            var counts = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(0, run % 2 == 0 ? 20 : 100_000)).ToArray();
            var shares = WholeShares.Of(counts);
            if (counts.Sum() == 0)
            {
                Assert.Null(shares);
                continue;
            }

            Assert.NotNull(shares);
            Assert.Equal(100, shares.Sum());
            for (var i = 0; i < counts.Length; i++)
            {
                var exact = 100.0 * counts[i] / counts.Sum();
                Assert.True(Math.Abs(shares[i] - exact) < 1, $"{string.Join(", ", counts)}: share {i} is {shares[i]}, truly {exact:0.###}");
            }
        }
    }
}
