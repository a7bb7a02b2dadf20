using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Domain.Tests.Indicators;

/// <summary>An indicator's baseline and target, its reported values, and the ids that keep them linked through edits.</summary>
public sealed class IndicatorRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_target_date_before_the_baseline_date_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2026, 6, 1), 100m, new DateOnly(2026, 5, 31), null));
        Assert.Equal("indicator.target.before-baseline", ex.Rule);
    }

    [Fact]
    public void A_refused_revision_changes_nothing()
    {
        var indicator = Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2026, 1, 1), 100m, new DateOnly(2027, 1, 1), "Agency records");

        Assert.Throws<DomainRuleException>(() => indicator.Revise("Workers placed", null, "people", 0m, new DateOnly(2026, 1, 1), 100m, new DateOnly(2025, 1, 1), null));

        Assert.Equal(("persons", new DateOnly(2027, 1, 1), "Agency records"), (indicator.Unit, indicator.TargetDate, indicator.MeansOfVerification));
    }

    [Fact]
    public void A_falling_target_makes_a_falling_indicator()
    {
        var indicator = Indicator.Create("Irregular stays", null, "%", 40m, new DateOnly(2026, 1, 1), 10m, new DateOnly(2027, 1, 1), null);
        Assert.Equal(IndicatorDirection.Fall, indicator.Direction);
    }

    [Fact]
    public void Replacing_indicators_revises_one_with_the_same_id_in_place()
    {
        var initiative = NewInitiative();
        initiative.ReplaceIndicators([Indicator.Create("Workers placed", null)], []);
        var stored = initiative.Indicators[0];

        initiative.ReplaceIndicators([Indicator.Create("Workers placed abroad", null, "persons", 0m, new DateOnly(2026, 1, 1), 50m, new DateOnly(2027, 1, 1), null, stored.Id)], []);

        var kept = Assert.Single(initiative.Indicators);
        Assert.Same(stored, kept);
        Assert.Equal(("Workers placed abroad", 50m), (kept.Name, kept.TargetValue));
    }

    [Fact]
    public void A_value_for_a_period_outside_the_implementation_period_is_refused()
    {
        var (initiative, indicator, author) = Reporting();

        Assert.Equal("indicator-value.period.before-implementation", Assert.Throws<DomainRuleException>(() => IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.Quarter(2025, 4), 1m, author, Now, Known.Utc, [])).Rule);
        Assert.Equal("indicator-value.period.after-implementation", Assert.Throws<DomainRuleException>(() => IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.HalfYear(2026, 2), 1m, author, new DateTimeOffset(2027, 1, 5, 0, 0, 0, TimeSpan.Zero), Known.Utc, [])).Rule);
    }

    [Fact]
    public void A_value_within_the_implementation_period_is_kept_with_its_reporter()
    {
        var (initiative, indicator, author) = Reporting();

        var value = IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.Quarter(2026, 3), 12m, author, Now, Known.Utc, []);

        Assert.Equal((indicator.Id, "2026 Q3", 12m, "Ana Focal", Now), (value.IndicatorId, value.Period.ToString(), value.Value, value.ReporterName, value.ReportedAt));
    }

    [Fact]
    public void A_period_that_has_not_begun_is_refused()
    {
        var (initiative, indicator, author) = Reporting();
        Assert.Equal("indicator-value.period.future", Assert.Throws<DomainRuleException>(() => IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.Quarter(2026, 3), 1m, author, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), Known.Utc, [])).Rule);
    }

    [Theory]
    [InlineData("persons")]
    [InlineData("  Number of   visas ")]
    [InlineData("#")]
    public void A_negative_value_of_an_indicator_that_counts_things_is_refused(string unit)
    {
        var (initiative, _, author) = Reporting();
        var counted = Indicator.Create("Visas issued", null, unit, null, null, null, null, null);
        initiative.AddIndicator(counted);

        var refused = Assert.Throws<DomainRuleException>(() => IndicatorValue.Report(initiative, counted.Id, ReportingPeriod.Quarter(2026, 3), -3m, author, Now, Known.Utc, []));

        Assert.Equal("indicator.value.negative-count", refused.Rule);
        Assert.Equal($"The value of 'Visas issued' counts {unit.Trim()}: it cannot be negative.", refused.Message);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("EUR")]
    [InlineData(null)]
    public void A_negative_value_is_accepted_where_the_unit_does_not_count_things(string? unit)
    {
        var (initiative, _, author) = Reporting();
        var change = Indicator.Create("Change in irregular stays", null, unit, null, null, null, null, null);
        initiative.AddIndicator(change);

        Assert.Equal(-3m, IndicatorValue.Report(initiative, change.Id, ReportingPeriod.Quarter(2026, 3), -3m, author, Now, Known.Utc, []).Value);
    }

    [Fact]
    public void A_negative_baseline_or_target_of_a_count_is_refused_and_the_indicator_keeps_its_values()
    {
        Assert.Equal("indicator.baseline.negative-count", Assert.Throws<DomainRuleException>(() => Indicator.Create("Workers placed", null, "persons", -1m, new DateOnly(2026, 1, 1), 100m, new DateOnly(2027, 1, 1), null)).Rule);
        var indicator = Indicator.Create("Balance", null, "EUR", -5m, new DateOnly(2026, 1, 1), -1m, new DateOnly(2027, 1, 1), null);

        var refused = Assert.Throws<DomainRuleException>(() => indicator.Revise("Balance", null, "people", -5m, new DateOnly(2026, 1, 1), -1m, new DateOnly(2027, 1, 1), null));

        Assert.Equal("indicator.baseline.negative-count", refused.Rule);
        Assert.Equal(("EUR", -5m), (indicator.Unit, indicator.BaselineValue));
    }

    [Fact]
    public void A_second_value_for_the_same_period_is_refused_until_confirmed_and_then_replaces_the_first()
    {
        var (initiative, indicator, author) = Reporting();
        var value = IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.Quarter(2026, 3), 12m, author, Now, Known.Utc, []);
        var later = Now.AddDays(3);
        var corrector = new ProgressAuthor("Bo Lead", null, IsFocalPoint: true);

        var refused = Assert.Throws<DomainRuleException>(() => value.Replace(initiative, 21m, corrector, later, Known.Utc, confirmed: false));
        Assert.Equal("indicator-value.period.already-reported", refused.Rule);
        Assert.Equal("2026 Q3 already has a value, 12, reported by Ana Focal on 20 November 2026. Confirm that the new value replaces it; the history keeps the one it replaces.", refused.Message);
        Assert.Equal((12m, "Ana Focal", Now), (value.Value, value.ReporterName, value.ReportedAt));

        value.Replace(initiative, 21m, corrector, later, Known.Utc, confirmed: true);

        Assert.Equal(("2026 Q3", 21m, "Bo Lead", later), (value.Period.ToString(), value.Value, value.ReporterName, value.ReportedAt));
    }

    [Fact]
    public void A_correction_is_held_to_the_rules_of_a_report_and_a_refused_one_changes_nothing()
    {
        var (initiative, indicator, author) = Reporting();
        var value = IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.Quarter(2026, 3), 12m, author, Now, Known.Utc, []);

        Assert.Equal("indicator.value.negative-count", Assert.Throws<DomainRuleException>(() => value.Replace(initiative, -12m, author, Now, Known.Utc, confirmed: true)).Rule);
        Assert.Equal("indicator-value.reporter.not-involved", Assert.Throws<DomainRuleException>(() => value.Replace(initiative, 13m, new ProgressAuthor("Someone", Guid.NewGuid(), IsFocalPoint: false), Now, Known.Utc, confirmed: true)).Rule);
        Assert.Equal(12m, value.Value);
    }

    [Fact]
    public void A_value_may_be_removed_by_whoever_may_report_it_within_the_period_or_not_and_of_its_own_initiative_only()
    {
        var (initiative, indicator, author) = Reporting();
        var value = IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.Quarter(2026, 3), 12m, author, Now, Known.Utc, []);

        Assert.Equal("indicator-value.reporter.not-involved", Assert.Throws<DomainRuleException>(() => value.CheckRemoval(initiative, new ProgressAuthor("Someone", Guid.NewGuid(), IsFocalPoint: false))).Rule);
        Assert.Equal("indicator-value.indicator.unknown", Assert.Throws<DomainRuleException>(() => value.CheckRemoval(NewInitiative(), author)).Rule);

        // Left outside by a period shortened before periods kept their values: it can no longer be corrected, only removed.
        initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), null), []);
        Assert.Equal("indicator-value.period.after-implementation", Assert.Throws<DomainRuleException>(() => value.Replace(initiative, 13m, author, Now, Known.Utc, confirmed: true)).Rule);
        value.CheckRemoval(initiative, author);
    }

    private static (Initiative Initiative, Indicator Indicator, ProgressAuthor Author) Reporting()
    {
        var initiative = NewInitiative();
        initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 9, 1), null), []);
        var indicator = Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2026, 1, 1), 100m, new DateOnly(2026, 9, 30), null);
        initiative.AddIndicator(indicator);
        return (initiative, indicator, new ProgressAuthor("Ana Focal", null, IsFocalPoint: true));
    }

    private static Initiative NewInitiative() => Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
}
