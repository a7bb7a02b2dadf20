using Bunit;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.Web.Tests.Search;

/// <summary>A group says how many of its matches are listed, and says "more than" where the search stopped counting.</summary>
public sealed class MoreThanShownTests : ComponentTest
{
    private IRenderedComponent<MoreThanShown> Shown(int group, int total, bool moreThanTotal) =>
        Render<MoreThanShown>(p => p.Add(c => c.Group, group).Add(c => c.Total, total).Add(c => c.MoreThanTotal, moreThanTotal));

    [Fact]
    public void A_count_the_search_stopped_at_reads_more_than()
    {
        Assert.Equal("The best 25 of more than 1,000 are listed.", Shown(25, SearchText.MaxCounted, moreThanTotal: true).Find("p").TextContent);
    }

    [Fact]
    public void A_full_count_reads_as_it_is()
    {
        Assert.Equal("The best 25 of 40 are listed.", Shown(25, 40, moreThanTotal: false).Find("p").TextContent);
        Assert.Empty(Shown(25, 25, moreThanTotal: false).Markup.Trim());
    }
}
