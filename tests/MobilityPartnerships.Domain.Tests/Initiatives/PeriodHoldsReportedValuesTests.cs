using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

/// <summary>
/// An initiative's implementation period keeps the values on record for its indicators: shortened from 2025–2027 to the
/// first quarter of 2026, it left 2025 Q1, 2025 H2, 2026 Q3 and 2026 Q4 outside, still counted and no longer correctable.
/// A period that leaves values out is refused, naming a few and counting the rest, at the month that leaves them out.
/// </summary>
public sealed class PeriodHoldsReportedValuesTests
{
    private static readonly ImplementationPeriod ThreeYears = ImplementationPeriod.Create(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 1), null);

    [Fact]
    public void A_period_that_leaves_out_values_on_record_is_refused_at_its_end_naming_them_and_nothing_changes()
    {
        var (initiative, placed) = Running();
        ValueOnRecord[] onRecord = [Value(placed, "2025 Q1"), Value(placed, "2026 Q4"), Value(placed, "2025 H2"), Value(placed, "2026 Q3"), Value(placed, "2026 Q1")];

        var refused = Assert.Throws<DomainRuleException>(() => initiative.Schedule(Months(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1)), onRecord));

        Assert.Equal("period.end.values-outside", refused.Rule);
        Assert.Equal(4, refused.Arguments[0]);
        Assert.Equal("Workers placed (2025 Q1, 2025 H2, 2026 Q3, 2026 Q4)", refused.Arguments[1]!.ToString());
        Assert.Equal(
            "4 values reported for the initiative's indicators lie outside this implementation period: Workers placed (2025 Q1, 2025 H2, 2026 Q3, 2026 Q4). They would still count, yet could no longer be corrected. Keep a period that includes them, or first remove those values on their indicator's page.",
            refused.Message);
        Assert.Same(ThreeYears, initiative.Period);
    }

    [Fact]
    public void A_later_start_that_leaves_out_a_value_is_refused_at_the_start()
    {
        var (initiative, placed) = Running();

        var refused = Assert.Throws<DomainRuleException>(() => initiative.Schedule(Months(new DateOnly(2025, 3, 1), new DateOnly(2027, 12, 1)), [Value(placed, "2025 Q1"), Value(placed, "2025 H2")]));

        Assert.Equal(("period.start.values-outside", 1), (refused.Rule, refused.Arguments[0]));
        Assert.StartsWith("A value reported for the initiative's indicators lies outside this implementation period: Workers placed (2025 Q1).", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_holds_every_value_or_whose_months_become_unknown_is_scheduled()
    {
        var (initiative, placed) = Running();
        ValueOnRecord[] onRecord = [Value(placed, "2025 Q1"), Value(placed, "2026 Q4")];

        var shorter = Months(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 1));
        initiative.Schedule(shorter, onRecord);
        Assert.Same(shorter, initiative.Period);

        // A value is checked against known months only: an unknown end, or an unknown period, leaves nothing out.
        var openEnded = Months(new DateOnly(2025, 1, 1), null);
        initiative.Schedule(openEnded, onRecord);
        Assert.Same(openEnded, initiative.Period);
        initiative.Schedule(ImplementationPeriod.ToBeDetermined, onRecord);
        Assert.Same(ImplementationPeriod.ToBeDetermined, initiative.Period);
    }

    [Fact]
    public void A_value_the_period_already_leaves_out_does_not_hold_up_a_change_but_one_it_would_newly_leave_out_does()
    {
        // Stored before the rule: 2026 Q4 lies after the period's end.
        var (initiative, placed) = Running(Months(new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 1)));
        ValueOnRecord[] onRecord = [Value(placed, "2025 Q1"), Value(placed, "2026 Q4")];

        var longer = Months(new DateOnly(2025, 1, 1), new DateOnly(2026, 6, 1));
        initiative.Schedule(longer, onRecord);
        Assert.Same(longer, initiative.Period);

        var refused = Assert.Throws<DomainRuleException>(() => initiative.Schedule(Months(new DateOnly(2025, 4, 1), new DateOnly(2026, 6, 1)), onRecord));
        Assert.Equal(("period.start.values-outside", 1, "Workers placed (2025 Q1)"), (refused.Rule, refused.Arguments[0], refused.Arguments[1]!.ToString()));
    }

    [Fact]
    public void A_refusal_names_a_few_values_by_indicator_in_their_order_and_counts_the_rest()
    {
        var (initiative, placed) = Running();
        initiative.AddIndicator(Indicator.Create("Trainings held", null));
        var held = initiative.Indicators[1];
        string[] quarters = ["2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "2027 Q1"];
        ValueOnRecord[] onRecord = [.. quarters.Select(q => Value(held, q)), Value(placed, "2027 Q4"), Value(placed, "2025 H1"), Value(placed, "2026 H1")];

        var refused = Assert.Throws<DomainRuleException>(() => initiative.Schedule(Months(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)), onRecord));

        Assert.Equal(7, refused.Arguments[0]);
        var listed = Assert.IsType<ListedInPart>(refused.Arguments[1]);
        Assert.Equal(["Workers placed (2025 H1, 2027 Q4)", "Trainings held (2025 Q1, 2025 Q2, 2025 Q3)"], listed.Named);
        Assert.Equal(2, listed.Unnamed);
        Assert.Contains(": Workers placed (2025 H1, 2027 Q4); Trainings held (2025 Q1, 2025 Q2, 2025 Q3) and 2 more. ", refused.Message, StringComparison.Ordinal);
    }

    private static (Initiative Initiative, Indicator Placed) Running(ImplementationPeriod? period = null)
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        initiative.Schedule(period ?? ThreeYears, []);
        initiative.AddIndicator(Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2025, 1, 1), 100m, new DateOnly(2027, 12, 31), null));
        return (initiative, initiative.Indicators[0]);
    }

    private static ImplementationPeriod Months(DateOnly? start, DateOnly? end) => ImplementationPeriod.Create(start, end, null);

    private static ValueOnRecord Value(Indicator indicator, string period) => new(indicator.Id, ReportingPeriod.Parse(period)!);
}
