using System.Globalization;
using Bunit;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Dashboards;

/// <summary>
/// A section that lists only its leading values says so in words, with the true number of values and where each can be
/// opened, and lists the rest as one last row of the table, not drawn beside the bars.
/// </summary>
public sealed class FigureSectionTests : ComponentTest
{
    private static readonly FigureLine[] Leading =
    [
        new("AENEAS", new ScoreboardTotals(4, Amount.Exact(2_000_000m), Amount.Exact(500_000m)), "partnerships/1?programme=AENEAS", "figure-programme-0"),
        new("MEDA", new ScoreboardTotals(3, new Amount(1_000m, 1), Amount.NotKnown), "partnerships/1?programme=MEDA", "figure-programme-1"),
    ];

    private static readonly ScoreboardTotals Rest = new(1_500, new Amount(7_250_000m, 12), new Amount(null, 3));

    private IRenderedComponent<FigureSection> Section(SectionCut? cut) =>
        Render<FigureSection>(p => p
            .Add(c => c.Id, "by-programme")
            .Add(c => c.Title, "Funding by programme")
            .Add(c => c.KeyHeader, "Funding programme")
            .Add(c => c.ShowMoney, true)
            .Add(c => c.Lines, Leading)
            .Add(c => c.Cut, cut));

    private static SectionCut Cut(string others) => new(2, 1_234, new FigureLine(others, Rest, null, "figure-programme-others"), "partnerships/1");

    [Fact]
    public void A_cut_section_says_how_many_it_shows_of_how_many_and_links_to_the_scoreboard()
    {
        var section = Section(Cut("Others (1,232)"));

        var note = section.Find("[data-testid=by-programme-cut]");
        Assert.StartsWith("Shown: the 2 of 1,234 with the largest known total budget (then the most initiatives); the lines of the others are summed in the last row.", note.TextContent.Trim(), StringComparison.Ordinal);
        var link = note.QuerySelector("a")!;
        Assert.Equal("partnerships/1", link.GetAttribute("href"));
        Assert.Equal("Filter the scoreboard by “Funding programme”.", link.TextContent.Trim());
    }

    [Fact]
    public void The_rest_is_the_last_row_of_the_table_with_its_amounts_not_known_said_and_is_not_drawn()
    {
        var section = Section(Cut("Others (1,232)"));

        var last = section.FindAll("tbody tr")[^1];
        Assert.Equal(["Others (1,232)", "1,500", "€\u00a07,250,000.00 + 12 not known", "not known (3)"], last.Children.Select(c => c.TextContent.Trim()));
        Assert.Empty(last.QuerySelectorAll("a"));
        Assert.Equal(["AENEAS", "MEDA"], section.FindAll(".hbar-label").Select(l => l.TextContent));
    }

    [Fact]
    public void A_section_listing_all_its_values_says_nothing_of_a_cut()
    {
        var section = Section(null);

        Assert.Empty(section.FindAll("[data-testid=by-programme-cut]"));
        Assert.Equal(2, section.FindAll("tbody tr").Count);
    }

    [Fact]
    public void In_french_the_note_and_its_link_are_french()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        var section = Section(Cut("Autres (1 232)"));

        var note = section.Find("[data-testid=by-programme-cut]").TextContent;
        Assert.Contains("Affichage\u00a0: les 2 sur 1\u202f234 au budget total connu le plus élevé", note, StringComparison.Ordinal);
        Assert.Contains("Filtrer le tableau de suivi par «\u00a0Funding programme\u00a0».", note, StringComparison.Ordinal);
        Assert.Equal("1\u202f500", section.FindAll("tbody tr")[^1].Children[1].TextContent.Trim());
        Assert.Equal("4", section.FindAll("tbody tr")[0].Children[1].TextContent.Trim());
    }
}
