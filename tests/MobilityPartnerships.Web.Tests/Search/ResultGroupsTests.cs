using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.Web.Tests.Search;

/// <summary>The search page's address names a kind of result to list alone; anything else lists the best of every kind.</summary>
public sealed class ResultGroupsTests
{
    [Theory]
    [InlineData("initiatives", ResultGroup.Initiatives)]
    [InlineData("Partnerships", ResultGroup.Partnerships)]
    [InlineData(" organisations ", ResultGroup.Organisations)]
    [InlineData("contact-points", ResultGroup.ContactPoints)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("ContactPoints", null)]
    [InlineData("2", null)]
    [InlineData("initiatives\0", null)]
    [InlineData("people", null)]
    public void A_group_is_read_by_its_name_in_the_address(string? value, ResultGroup? group)
    {
        Assert.Equal(group, ResultGroups.FromAddress(value));
    }

    [Fact]
    public void Every_group_is_named_by_an_address_it_is_read_back_from()
    {
        Assert.All(Enum.GetValues<ResultGroup>(), g => Assert.Equal(g, ResultGroups.FromAddress(ResultGroups.AddressName(g))));
    }
}
