using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.Web.Tests.Search;

/// <summary>
/// Under the best of a kind, a way to all of them when more were found; a kind listed alone pages on with the shared
/// pager, its page in the address, and says "more than" and where the pages end where the search stopped counting.
/// </summary>
public sealed class MoreFoundTests : ComponentTest
{
    private IRenderedComponent<MoreFound> Found(ResultGroup group, int shown, int total, bool moreThanTotal = false, bool paged = false, int page = 0) =>
        Render<MoreFound>(p => p.Add(c => c.Group, group).Add(c => c.Text, "return & reintegration").Add(c => c.Shown, shown)
            .Add(c => c.Total, total).Add(c => c.MoreThanTotal, moreThanTotal).Add(c => c.Paged, paged).Add(c => c.Page, page));

    [Fact]
    public void The_best_of_a_kind_lead_to_all_of_it()
    {
        var link = Found(ResultGroup.Initiatives, 25, 300).Find("[data-testid=search-all-initiatives]");

        Assert.Equal("search?q=return%20%26%20reintegration&group=initiatives", link.GetAttribute("href"));
        Assert.Equal("Show all initiatives found (300)", link.TextContent);
        Assert.Equal("Show all contact points found (more than 1,000)",
            Found(ResultGroup.ContactPoints, 25, SearchText.MaxCounted, moreThanTotal: true).Find("[data-testid=search-all-contact-points]").TextContent);
    }

    [Fact]
    public void All_of_a_kind_listed_already_leads_nowhere()
    {
        Assert.Empty(Found(ResultGroup.Organisations, 12, 12).Markup.Trim());
    }

    [Fact]
    public void A_kind_listed_alone_says_which_of_them_the_page_holds_and_pages_on_by_its_address()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("search?q=return&group=initiatives&page=2");

        var found = Found(ResultGroup.Initiatives, 25, 300, paged: true, page: 1);

        Assert.Equal("26-50 of 300", found.Find("[data-testid=search-pager-info]").TextContent);
        Assert.Empty(found.FindAll("[data-testid=search-first-listed]"));
        Assert.Empty(found.FindAll("[data-testid=search-all-initiatives]"));
        found.Find("button[aria-label='Next Page']").Click();
        Assert.Equal("http://localhost/search?q=return&group=initiatives&page=3", navigation.Uri);
        found.Find("button[aria-label='First Page']").Click();
        Assert.Equal("http://localhost/search?q=return&group=initiatives", navigation.Uri);
    }

    [Fact]
    public void Where_the_search_stopped_counting_the_pages_say_more_than_and_end_at_the_count()
    {
        var found = Found(ResultGroup.Initiatives, 25, SearchText.MaxCounted, moreThanTotal: true, paged: true, page: (SearchText.MaxCounted / SearchText.PageSize) - 1);

        Assert.Equal("976-1,000 of more than 1,000", found.Find("[data-testid=search-pager-info]").TextContent);
        Assert.Equal("The first 1,000, best matches first, are listed. Add words to the search to narrow it.", found.Find("[data-testid=search-first-listed]").TextContent);
        Assert.True(found.Find("button[aria-label='Next Page']").HasAttribute("disabled"));
    }
}
