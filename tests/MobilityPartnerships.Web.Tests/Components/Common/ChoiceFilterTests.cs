using Bunit;
using Bunit.Rendering;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components.Common;

/// <summary>A filter of the app's own: the browser's select, named by its visible label, with "All" first to clear it.</summary>
public sealed class ChoiceFilterTests : ComponentTest
{
    private readonly List<string?> chosen = [];

    private IRenderedComponent<ContainerFragment> Filter(string? value) =>
        Render(ChoiceFilter.Of(this, "filter-pillar", "Pillar", "All", value, chosenValue =>
        {
            chosen.Add(chosenValue);
            return Task.CompletedTask;
        }, [("LegalMigration", "Legal migration"), ("IllegalMigration", "Illegal migration")]));

    [Fact]
    public void Its_label_names_the_select_and_its_first_choice_is_all()
    {
        var filter = Filter(null);

        Assert.Equal("filter-pillar", filter.Find("label").GetAttribute("for"));
        Assert.Equal("Pillar", filter.Find("label").TextContent.Trim());
        var options = filter.FindAll("#filter-pillar option");
        Assert.Equal(["", "LegalMigration", "IllegalMigration"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal("All", options[0].TextContent.Trim());
        Assert.Equal(string.Empty, filter.Find("select").GetAttribute("value"));
    }

    [Fact]
    public void A_choice_is_handed_back_by_its_value_and_all_as_no_filter()
    {
        var filter = Filter("LegalMigration");
        Assert.Equal("LegalMigration", filter.Find("select").GetAttribute("value"));

        filter.Find("select").Change("IllegalMigration");
        filter.Find("select").Change(string.Empty);

        Assert.Equal(["IllegalMigration", null], chosen);
    }
}
