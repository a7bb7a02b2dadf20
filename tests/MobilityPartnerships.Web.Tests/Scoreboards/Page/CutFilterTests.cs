using Bunit;
using Bunit.Rendering;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Page;

/// <summary>
/// A scoreboard filter that lists only its most used values says so beside it, with their true number, in English and
/// French, and how another is reached: typed, completing from the listed values — a text filter takes any exact text,
/// under its address's name; a filter by id the name as listed, and says beside it, as an alert, why a name that names
/// none or several chose nothing.
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
        Assert.Equal("The 100 most used of 300. Type another one's name as the list shows it.", CutFilter.NoteText(Lead, 300, Texts.Strings));
        Assert.Equal(
            "Les 100 plus utilisés sur 3\u202f060. Saisissez le nom exact d'un autre.",
            InLanguage.Of("fr", () => CutFilter.NoteText(Programme, 3_060, Texts.Strings)));
        Assert.Equal("Les 100 plus utilisés sur 300. Saisissez le nom d'un autre tel que la liste l'affiche.", InLanguage.Of("fr", () => CutFilter.NoteText(Lead, 300, Texts.Strings)));

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

    [Fact]
    public void A_filter_by_id_is_an_input_showing_the_chosen_name_completing_from_the_listed_names_without_the_address_s_name()
    {
        var filter = Render(CutFilter.Typed(this, "filter-lead", null, "Lead partner", "Leading agency 250", typed =>
        {
            chosen.Add(typed);
            return Task.CompletedTask;
        }, ["Leading agency 001", "Leading agency 002"]));

        var input = filter.Find("input");
        Assert.Equal("filter-lead", input.Id);
        Assert.False(input.HasAttribute("name"));
        Assert.Equal("Leading agency 250", input.GetAttribute("value"));
        Assert.Equal("filter-lead-note", input.GetAttribute("aria-describedby"));
        Assert.Equal(["Leading agency 001", "Leading agency 002"], filter.FindAll($"datalist#{input.GetAttribute("list")} option").Select(o => o.GetAttribute("value")));
        Assert.Empty(filter.FindAll("[role=alert]"));

        input.Change(" leading agency 250  ");
        Assert.Equal(["leading agency 250"], chosen);
    }

    [Fact]
    public void A_name_that_chose_nothing_is_shown_as_typed_with_why_as_an_alert_the_input_names()
    {
        var filter = Render(CutFilter.Typed(this, "filter-lead", null, "Lead partner", "Leading agency 999", _ => Task.CompletedTask, [], "No lead partner in this scoreboard is named “Leading agency 999”."));

        var alert = filter.Find("[role=alert]");
        Assert.Equal("filter-lead-problem", alert.Id);
        Assert.Equal("No lead partner in this scoreboard is named “Leading agency 999”.", alert.TextContent.Trim());
        Assert.Equal("Leading agency 999", filter.Find("input").GetAttribute("value"));
        Assert.Equal("filter-lead-note filter-lead-problem", filter.Find("input").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void A_name_is_refused_when_it_names_none_or_several_in_English_and_French_and_not_when_it_names_one()
    {
        FilterChoice one = new(Guid.NewGuid(), "IOM");
        FilterChoice other = new(Guid.NewGuid(), "IOM");

        Assert.Null(CutFilter.Refusal("Lead partner", "iom", [one], Texts.Strings));
        Assert.Equal("No lead partner in this scoreboard is named “Leading agency 999”. Type a name as the list shows it.", CutFilter.Refusal("Lead partner", " Leading agency 999 ", [], Texts.Strings));
        Assert.Equal(
            "More than one contributor in this scoreboard is named “IOM”. Choose one by a link that names it, such as the dashboard's.",
            CutFilter.Refusal("Contributor", "IOM", [one, other], Texts.Strings));
        Assert.Equal(
            "Aucun partenaire chef de file de ce tableau de suivi ne porte le nom «\u00A0Agence 999\u00A0». Saisissez un nom tel que la liste l'affiche.",
            InLanguage.Of("fr", () => CutFilter.Refusal("Partenaire chef de file", "Agence 999", [], Texts.Strings)));
        Assert.Equal(
            "Plus d'un domaine thématique de ce tableau de suivi porte le nom «\u00A0Travail\u00A0». Choisissez le bon par un lien qui le nomme, comme ceux du tableau de bord.",
            InLanguage.Of("fr", () => CutFilter.Refusal("Domaine thématique", "Travail", [one, other], Texts.Strings)));
    }
}
