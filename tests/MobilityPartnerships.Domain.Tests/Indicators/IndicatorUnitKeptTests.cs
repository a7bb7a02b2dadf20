using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Indicators;

/// <summary>
/// An indicator keeps its unit once values are reported in it: "%" changed to "persons" read the same numbers in another
/// unit. Without values the unit changes freely.
/// </summary>
public sealed class IndicatorUnitKeptTests
{
    private static readonly DateOnly Baseline = new(2026, 1, 1);
    private static readonly DateOnly Target = new(2027, 1, 1);

    [Theory]
    [InlineData("persons")]
    [InlineData("")]
    [InlineData("% of graduates")]
    public void The_unit_of_an_indicator_with_values_cannot_change_and_nothing_changes(string unit)
    {
        var (initiative, stored) = WithIndicator("%");

        var refused = Assert.Throws<DomainRuleException>(() => initiative.ReplaceIndicators([Revised(stored, "Persons employed", unit), Indicator.Create("Trainings held", null)], [stored.Id]));

        Assert.Equal("indicator.unit.reported", refused.Rule);
        Assert.Equal(["Persons employed", stored.Id], refused.Arguments);
        var kept = Assert.Single(initiative.Indicators);
        Assert.Equal(("Share employed", "%"), (kept.Name, kept.Unit));
    }

    [Fact]
    public void A_unit_cannot_be_given_to_an_indicator_whose_values_were_reported_without_one()
    {
        var (initiative, stored) = WithIndicator(null);

        Assert.Equal("indicator.unit.reported", Assert.Throws<DomainRuleException>(() => initiative.ReplaceIndicators([Revised(stored, stored.Name, "persons")], [stored.Id])).Rule);
        Assert.Null(Assert.Single(initiative.Indicators).Unit);
    }

    [Fact]
    public void The_unit_of_an_indicator_without_values_changes()
    {
        var (initiative, stored) = WithIndicator("%");

        initiative.ReplaceIndicators([Revised(stored, stored.Name, "persons")], []);

        Assert.Equal("persons", Assert.Single(initiative.Indicators).Unit);
    }

    [Fact]
    public void The_same_unit_written_otherwise_is_kept_over_values_with_the_rest_of_the_revision()
    {
        var (initiative, stored) = WithIndicator("number of  visas");

        initiative.ReplaceIndicators([Revised(stored, "Visas issued", " Number of visas")], [stored.Id]);

        var kept = Assert.Single(initiative.Indicators);
        Assert.Equal(("Visas issued", "Number of visas"), (kept.Name, kept.Unit));
    }

    private static (Initiative Initiative, Indicator Stored) WithIndicator(string? unit)
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        initiative.ReplaceIndicators([Indicator.Create("Share employed", null, unit, 0m, Baseline, 100m, Target, null)], []);
        return (initiative, initiative.Indicators[0]);
    }

    private static Indicator Revised(Indicator stored, string name, string? unit) =>
        Indicator.Create(name, stored.Description, unit, stored.BaselineValue, stored.BaselineDate, stored.TargetValue, stored.TargetDate, stored.MeansOfVerification, stored.Id);
}
