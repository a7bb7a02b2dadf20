using Bunit;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Tests.Dashboards;

/// <summary>Bars scaled to the largest line; money drawn only when asked for and when some line has money.</summary>
public sealed class HorizontalBarsTests : ComponentTest
{
    private static readonly FigureLine[] Lines =
    [
        new("Labour migration", new ScoreboardTotals(4, Amount.Exact(2_000_000m), Amount.Exact(500_000m)), null, "labour"),
        new("Return and readmission", new ScoreboardTotals(1, Amount.Exact(500_000m), Amount.Exact(1_000_000m)), null, "return"),
        new("Skills", new ScoreboardTotals(3, Amount.Exact(0m), Amount.Exact(0m)), null, "skills"),
    ];

    private IRenderedComponent<HorizontalBars> Bars(IReadOnlyList<FigureLine> lines, bool withMoney) =>
        Render<HorizontalBars>(p => p.Add(c => c.Lines, lines).Add(c => c.WithMoney, withMoney));

    [Fact]
    public void Each_line_has_its_label_and_a_count_bar_as_wide_as_its_share_of_the_largest_count()
    {
        var bars = Bars(Lines, withMoney: false);

        Assert.Equal(["Labour migration", "Return and readmission", "Skills"], bars.FindAll(".hbar-label").Select(l => l.TextContent));
        Assert.Equal(["width:100%", "width:25.0%", "width:75.0%"], bars.FindAll(".hbar.count").Select(b => b.GetAttribute("style")));
    }

    [Fact]
    public void Money_bars_share_one_scale_the_largest_amount_of_either_kind()
    {
        var bars = Bars(Lines, withMoney: true);

        Assert.Equal(["width:100%", "width:25.0%", "width:0%"], bars.FindAll(".hbar.budget").Select(b => b.GetAttribute("style")));
        Assert.Equal(["width:25.0%", "width:50.0%", "width:0%"], bars.FindAll(".hbar.eu").Select(b => b.GetAttribute("style")));
        Assert.Equal(["Initiatives", "Total budget", "EU contribution"], bars.FindAll(".hbar-legend > span").Select(s => s.TextContent));
    }

    [Fact]
    public void Without_money_asked_for_only_counts_are_drawn()
    {
        var bars = Bars(Lines, withMoney: false);

        Assert.Empty(bars.FindAll(".hbar.budget, .hbar.eu"));
        Assert.Equal(["Initiatives"], bars.FindAll(".hbar-legend > span").Select(s => s.TextContent));
    }

    [Fact]
    public void Money_asked_for_when_no_line_has_any_is_not_drawn()
    {
        var bars = Bars([new("Skills", new ScoreboardTotals(3, Amount.Exact(0m), Amount.Exact(0m)), null, "skills")], withMoney: true);

        Assert.Empty(bars.FindAll(".hbar.budget, .hbar.eu"));
    }

    [Fact]
    public void Fractions_of_the_largest_are_rounded_to_a_tenth_of_a_percent()
    {
        var bars = Bars(
            [new("Three", new ScoreboardTotals(3, Amount.Exact(0m), Amount.Exact(0m)), null, "three"), new("One", new ScoreboardTotals(1, Amount.Exact(0m), Amount.Exact(0m)), null, "one")],
            withMoney: false);

        Assert.Equal(["width:100%", "width:33.3%"], bars.FindAll(".hbar.count").Select(b => b.GetAttribute("style")));
    }
}
