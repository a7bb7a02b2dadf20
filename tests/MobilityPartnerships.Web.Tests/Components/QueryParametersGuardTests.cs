using System.Reflection;
using Microsoft.AspNetCore.Components;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A page's query values are read as texts and parsed by the page: Blazor fails the whole page (a 500) when it cannot
/// bind a query value to a number, a date or an id, and an address is typed, shared and cut by mail programs.
/// </summary>
public sealed class QueryParametersGuardTests
{
    [Fact]
    public void Every_query_parameter_of_every_page_is_bound_as_text()
    {
        var bound = typeof(AddressPage).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null)
                .Select(p => (Page: t.Name, p.Name, p.PropertyType)))
            .ToList();

        Assert.NotEmpty(bound);
        var typed = bound.Where(p => p.PropertyType != typeof(string) && p.PropertyType != typeof(string[])).Select(p => $"{p.Page}.{p.Name} ({p.PropertyType.Name})").ToList();
        Assert.True(typed.Count == 0, "Bound as other than text: " + string.Join(", ", typed));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("1", 0)]
    [InlineData("2", 1)]
    [InlineData(" 3 ", 2)]
    [InlineData("0", 0)]
    [InlineData("-1", 0)]
    [InlineData("\0", 0)]
    [InlineData("2\0", 0)]
    [InlineData("x", 0)]
    [InlineData("1.5", 0)]
    [InlineData("2147483648", 0)]
    public void A_page_in_an_address_is_read_from_one_and_anything_else_is_the_first(string? value, int index)
    {
        Assert.Equal(index, AddressPage.IndexOf(value));
    }
}
