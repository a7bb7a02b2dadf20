using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Domain.Tests.Scoreboards;

public sealed class ScoreboardComparisonTests
{
    private static PublishedInitiative Row(string title) => new()
    {
        InitiativeId = Guid.NewGuid(),
        Title = title,
        Pillar = Pillar.LegalMigration,
        Status = InitiativeStatus.Planned,
        Partners = ["IOM (Participating)"],
        ThematicAreas = ["Labour migration"],
        FundingLines = ["AENEAS: total 1,000.00, EU 800.00"],
        TotalBudget = Amount.Exact(1000m),
        EuContribution = Amount.Exact(800m),
        StartMonth = new DateOnly(2024, 3, 1),
        EndMonth = new DateOnly(2025, 6, 1),
    };

    [Fact]
    public void The_same_rows_compare_as_nothing_even_with_new_list_instances()
    {
        var rows = new[] { Row("One"), Row("Two") };
        var copies = rows.Select(r => r with { Partners = [.. r.Partners], ThematicAreas = [.. r.ThematicAreas], FundingLines = [.. r.FundingLines] });

        Assert.True(ScoreboardComparison.Between(rows, copies, PublishedFields.Compared).IsEmpty);
    }

    [Fact]
    public void A_renamed_initiative_is_a_title_change_not_a_removal_and_an_addition()
    {
        var before = Row("Labour migration pilot");
        var after = before with { Title = "Circular migration pilot" };

        var comparison = ScoreboardComparison.Between([before], [after], PublishedFields.Compared);

        Assert.Empty(comparison.Added);
        Assert.Empty(comparison.Removed);
        var change = Assert.Single(Assert.Single(comparison.Changed).Changes);
        Assert.Equal(new FieldChange(ComparedField.Title, "Labour migration pilot", "Circular migration pilot"), change);
    }

    [Fact]
    public void Two_initiatives_with_the_same_title_are_told_apart_by_identity()
    {
        var kept = Row("Same title");
        var gone = Row("Same title");
        var added = Row("Same title");

        var comparison = ScoreboardComparison.Between([kept, gone], [kept, added], PublishedFields.Compared);

        Assert.Equal(added.InitiativeId, Assert.Single(comparison.Added).InitiativeId);
        Assert.Equal(gone.InitiativeId, Assert.Single(comparison.Removed).InitiativeId);
        Assert.Empty(comparison.Changed);
    }

    [Fact]
    public void Each_changed_field_is_reported_once_with_typed_values_old_and_new()
    {
        var before = Row("Pilot");
        var after = before with
        {
            Status = InitiativeStatus.Ongoing,
            EndMonth = new DateOnly(2026, 6, 1),
            Partners = ["IOM (Participating)", "ILO (Implementing)"],
            TotalBudget = Amount.Exact(1500m),
            IsShareable = false,
        };

        var changes = Assert.Single(ScoreboardComparison.Between([before], [after], PublishedFields.Compared).Changed).Changes;

        Assert.Equal([ComparedField.Partners, ComparedField.Status, ComparedField.Period, ComparedField.Shareable, ComparedField.TotalBudget], changes.Select(c => c.Field));
        Assert.Equal((InitiativeStatus.Planned, InitiativeStatus.Ongoing), (changes[1].Before, changes[1].After));
        Assert.Equal(new PeriodValue(new DateOnly(2024, 3, 1), new DateOnly(2026, 6, 1), null), changes[2].After);
        Assert.Equal((true, false), (changes[3].Before, changes[3].After));
        Assert.Equal((Amount.Exact(1000m), Amount.Exact(1500m)), (changes[4].Before, changes[4].After));
    }

    [Fact]
    public void The_date_of_the_last_progress_update_is_not_a_change_of_the_scoreboard()
    {
        var before = Row("Pilot");

        Assert.True(ScoreboardComparison.Between([before], [before with { LastUpdateOn = new DateOnly(2026, 11, 1) }], PublishedFields.Compared).IsEmpty);
    }

    [Fact]
    public void A_kept_fact_that_differs_is_a_change_named_by_the_fact()
    {
        var before = Row("Labour migration pilot") with { Facts = new Dictionary<string, string> { ["ExpectedResults"] = "100 trained", ["Other"] = "same" } };
        var after = before with { Facts = new Dictionary<string, string> { ["ExpectedResults"] = "150 trained", ["Other"] = "same" } };

        var change = Assert.Single(ScoreboardComparison.Differences(before, after, PublishedFields.Compared));

        Assert.Equal((ComparedField.Fact, "ExpectedResults", "100 trained", "150 trained"), (change.Field, change.Fact, change.Before, change.After));
    }

    [Fact]
    public void A_fact_one_version_did_not_keep_is_not_known_to_have_changed()
    {
        var before = Row("Labour migration pilot");
        var after = before with { Facts = new Dictionary<string, string> { ["ExpectedResults"] = "150 trained" } };

        Assert.Empty(ScoreboardComparison.Differences(before, after, PublishedFields.Compared));
    }

    [Fact]
    public void A_priority_or_commitment_one_version_did_not_keep_is_not_known_to_have_changed()
    {
        var before = Row("Pilot") with { Priority = null, Commitment = "" };
        var after = before with { Priority = "Jobs for young people", Commitment = null };

        Assert.Empty(ScoreboardComparison.Differences(before, after, PublishedFields.Compared));
        Assert.Equal(
            [new FieldChange(ComparedField.Priority, "", "Jobs for young people")],
            ScoreboardComparison.Differences(before with { Priority = "" }, after with { Commitment = "" }, PublishedFields.Compared));
    }

    [Fact]
    public void An_amount_written_with_more_decimals_is_the_same_amount_and_a_list_in_another_case_is_not_the_same_list()
    {
        var before = Row("Pilot");
        var after = before with { TotalBudget = Amount.Exact(1000.00m), ThematicAreas = ["labour migration"] };

        var change = Assert.Single(ScoreboardComparison.Differences(before, after, PublishedFields.Compared));

        Assert.Equal(ComparedField.ThematicAreas, change.Field);
    }

    [Fact]
    public void Only_the_fields_the_caller_gives_are_compared_in_the_order_given()
    {
        var before = Row("Pilot");
        var after = before with { Title = "Circular pilot", Status = InitiativeStatus.Ongoing, Location = "Chisinau" };
        IReadOnlyList<ComparedFieldReader> compared = [new(ComparedField.Status, p => p.Status), new(ComparedField.Title, p => p.Title)];

        Assert.Equal([ComparedField.Status, ComparedField.Title], ScoreboardComparison.Differences(before, after, compared).Select(c => c.Field));
    }

    [Fact]
    public void Facts_are_compared_by_name_not_by_a_reader()
    {
        var refused = Assert.Throws<ArgumentException>(() => new ComparedFieldReader(ComparedField.Fact, p => p.Facts));

        Assert.Contains("by name", refused.Message, StringComparison.Ordinal);
    }
}
