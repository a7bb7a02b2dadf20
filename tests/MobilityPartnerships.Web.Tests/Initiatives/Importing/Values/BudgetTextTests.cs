using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>"Budget/EC contribution" cells: a total and the EU's part, in the shapes the scoreboards use.</summary>
public sealed class BudgetTextTests
{
    [Theory]
    [InlineData("€815.119,64,EU grant: €652.095,71", 815119.64, 652095.71)]
    [InlineData("€ 815.119,64, EU grant: € 652.095,71", 815119.64, 652095.71)]
    [InlineData("€1.495.000 / €1.196.000", 1495000, 1196000)]
    [InlineData("€4.204.672,-/ €3.781.505,-", 4204672, 3781505)]
    [InlineData("€7.736.000 / €5.000.000,-", 7736000, 5000000)]
    [InlineData("€553.073,00 / €448.291", 553073, 448291)]
    [InlineData("€ 1.000.000, EC contribution: € 800.000", 1000000, 800000)]
    [InlineData("€ 1.000.000; EU contribution € 800.000", 1000000, 800000)]
    [InlineData("€ 1.000.000 of which EU € 800.000", 1000000, 800000)]
    [InlineData("Total budget: €1,250,000.00 / €1,000,000.00", 1250000, 1000000)]
    [InlineData("€448.291 / €358.632,80", 448291, 358632.80)]
    [InlineData("EUR 1 718 465.95 / EUR 1 374 772.76", 1718465.95, 1374772.76)]
    public void A_total_and_the_EU_part_are_read_to_the_cent(string text, double total, double eu)
    {
        var reading = BudgetText.Read(text);

        Assert.Equal(new MoneyReading.Amount((decimal)total), reading.Total);
        Assert.Equal(new MoneyReading.Amount((decimal)eu), reading.EuContribution);
    }

    [Theory]
    [InlineData("€ 2.433.508", 2433508)]
    [InlineData("1,718,465.95", 1718465.95)]
    public void A_single_amount_is_the_total(string text, double total)
    {
        var reading = BudgetText.Read(text);

        Assert.Equal(new MoneyReading.Amount((decimal)total), reading.Total);
        Assert.Null(reading.EuContribution);
    }

    [Fact]
    public void To_be_determined_makes_both_amounts_to_be_determined()
    {
        Assert.Equal(new BudgetReading(new MoneyReading.ToBeDetermined(), new MoneyReading.ToBeDetermined()), BudgetText.Read("To be determined"));
    }

    [Fact]
    public void A_part_can_be_to_be_determined_on_its_own()
    {
        Assert.Equal(new BudgetReading(new MoneyReading.Amount(1000000m), new MoneyReading.ToBeDetermined()), BudgetText.Read("€1.000.000 / TBD"));
    }

    [Fact]
    public void Only_the_EU_part_leaves_the_total_blank()
    {
        Assert.Equal(new BudgetReading(new MoneyReading.Blank(), new MoneyReading.Amount(652095.71m)), BudgetText.Read("EU grant: €652.095,71"));
    }

    [Fact]
    public void An_empty_cell_is_a_blank_total()
    {
        Assert.Equal(new BudgetReading(new MoneyReading.Blank(), null), BudgetText.Read("  "));
    }

    [Fact]
    public void Two_ambiguous_parts_stay_ambiguous()
    {
        var reading = BudgetText.Read("€1.190 / €1.000");

        Assert.IsType<MoneyReading.Ambiguous>(reading.Total);
        Assert.IsType<MoneyReading.Ambiguous>(reading.EuContribution);
    }

    [Fact]
    public void The_total_shows_the_separator_for_an_ambiguous_EU_part_and_the_other_way_round()
    {
        Assert.Equal(new MoneyReading.Amount(1196m), BudgetText.Read("€1.196 / €1.000,50").Total);
        Assert.Equal(new MoneyReading.Amount(1196m), BudgetText.Read("€1,500,000 / €1,196").EuContribution);
    }

    [Fact]
    public void An_EU_part_above_the_total_is_refused_naming_both()
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(BudgetText.Read("€1.196.000 / €1.495.000").EuContribution);

        Assert.Equal("The EU contribution (\"€1.495.000\") is above the total budget (\"€1.196.000\").", invalid.Message);
    }

    [Fact]
    public void A_part_that_is_not_money_is_refused_on_its_own()
    {
        var reading = BudgetText.Read("€1.000.000 / about half");

        Assert.Equal(new MoneyReading.Amount(1000000m), reading.Total);
        Assert.Equal(new MoneyReading.Invalid("\"about half\" is not an amount of money."), reading.EuContribution);
    }

    [Fact]
    public void Three_amounts_are_refused()
    {
        var invalid = Assert.IsType<MoneyReading.Invalid>(BudgetText.Read("€1.000 / €800 / €200").Total);

        Assert.Contains("\"€1.000 / €800 / €200\"", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("more than two amounts", invalid.Message, StringComparison.Ordinal);
    }
}
