using Bunit;
using Bunit.Rendering;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Page;

/// <summary>
/// A scoreboard filter that lists only its most used values says so beside it, with their true number, in English and
/// French, and how another is reached: a text filter takes any exact text typed, under its address's name, completing
/// from the listed values; a filter by id says a link that names the value chooses it.
/// </summary>
public sealed class CutFilterTests : ComponentTest
{
    private static readonly FieldFilter Programme = InitiativeFields.FilterOf(nameof(ScoreboardQuery.Programme))!;
    private static readonly FieldFilter Lead = InitiativeFields.FilterOf(nameof(ScoreboardQuery.LeadId))!;

    private readonly List<string?> chosen = [];

    private IRenderedComponent<ContainerFragment> Typed(string? value) =>
        Render(CutFilter.Typed(this, "filter-programme", Programme.Address, "Programme", value, typed =>
        {
            chosen.Add(typed);
            return Task.CompletedTask;
        }, ["AENEAS", "Thematic Programme"]));

    [Fact]
    public void The_note_says_how_many_are_listed_of_how_many_and_how_another_is_reached()
    {
        Assert.Equal("The 100 most used of 3,060. Type another one's exact name.", CutFilter.NoteText(Programme, 3_060, Texts.Strings));
        Assert.Equal("The 100 most used of 300. Another one is chosen by a link that names it, such as the dashboard's.", CutFilter.NoteText(Lead, 300, Texts.Strings));
        Assert.Equal(
            "Les 100 plus utilisés sur 3\u202f060. Saisissez le nom exact d'un autre.",
            InLanguage.Of("fr", () => CutFilter.NoteText(Programme, 3_060, Texts.Strings)));
        Assert.StartsWith("Les 100 plus utilisés sur 300. Un autre se choisit par un lien", InLanguage.Of("fr", () => CutFilter.NoteText(Lead, 300, Texts.Strings)), StringComparison.Ordinal);

        var note = Render(CutFilter.Note("filter-programme", "filter-programme-cut", "The 100 most used of 3,060."));
        Assert.Equal("filter-programme-note", note.Find("[data-testid=filter-programme-cut]").Id);
        Assert.Equal("The 100 most used of 3,060.", note.Find("p").TextContent.Trim());
    }

    [Fact]
    public void A_text_filter_is_an_input_under_its_address_name_completing_from_the_listed_values()
    {
        var filter = Typed("Programme 2999");

        var input = filter.Find("input");
        Assert.Equal("filter-programme", input.Id);
        Assert.Equal("programme", input.GetAttribute("name"));
        Assert.Equal("Programme 2999", input.GetAttribute("value"));
        Assert.Equal("filter-programme-note", input.GetAttribute("aria-describedby"));
        Assert.Equal("filter-programme", filter.Find("label").GetAttribute("for"));
        Assert.Equal(["AENEAS", "Thematic Programme"], filter.FindAll($"datalist#{input.GetAttribute("list")} option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void A_typed_text_is_handed_back_trimmed_and_an_emptied_one_as_no_filter()
    {
        var filter = Typed(null);
        Assert.Equal(string.Empty, filter.Find("input").GetAttribute("value"));

        filter.Find("input").Change("  Programme 2999 ");
        filter.Find("input").Change("   ");

        Assert.Equal(["Programme 2999", null], chosen);
    }
}
