using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Tests.Initiatives.Fields;

/// <summary>
/// The comparison of published versions compares what the catalogue's compared parts read, so a compared field cannot be
/// published and forgotten by the comparison.
/// </summary>
public sealed class ComparedReadersTests
{
    private static readonly PublishedInitiative Before = new()
    {
        InitiativeId = Guid.NewGuid(),
        ReferenceCode = "MD-LM-01",
        Title = "Labour migration pilot",
        Summary = "Matching jobseekers with employers.",
        Pillar = Pillar.LegalMigration,
        ThematicAreas = ["Labour migration"],
        Priority = "Jobs for young people",
        Commitment = "Facilitate legal migration",
        Lead = "Germany",
        ResponsibleService = "DG HOME",
        Partners = ["IOM (Participating)"],
        Status = InitiativeStatus.Planned,
        Novelty = Novelty.New,
        StartMonth = new DateOnly(2024, 3, 1),
        EndMonth = new DateOnly(2025, 6, 1),
        Location = "Chisinau",
        IsShareable = true,
        FundingLines = ["AENEAS: total 1,000.00, EU 800.00"],
        TotalBudget = Amount.Exact(1000m),
        EuContribution = Amount.Exact(800m),
    };

    // How this test changes each compared field; a field added to the catalogue needs a line here.
    private static readonly Dictionary<ComparedField, Func<PublishedInitiative, PublishedInitiative>> ChangeOf = new()
    {
        [ComparedField.ReferenceCode] = p => p with { ReferenceCode = "MD-LM-02" },
        [ComparedField.Title] = p => p with { Title = "Circular migration pilot" },
        [ComparedField.Summary] = p => p with { Summary = null },
        [ComparedField.Pillar] = p => p with { Pillar = Pillar.MigrationAndDevelopment },
        [ComparedField.ThematicAreas] = p => p with { ThematicAreas = ["Labour migration", "Skills"] },
        [ComparedField.Priority] = p => p with { Priority = string.Empty },
        [ComparedField.Commitment] = p => p with { Commitment = "Prevent irregular migration" },
        [ComparedField.Lead] = p => p with { Lead = null },
        [ComparedField.ResponsibleService] = p => p with { ResponsibleService = "DG INTPA" },
        [ComparedField.Partners] = p => p with { Partners = ["ILO (Implementing)"] },
        [ComparedField.Status] = p => p with { Status = InitiativeStatus.Ongoing },
        [ComparedField.Novelty] = p => p with { Novelty = Novelty.AlreadyPlanned },
        [ComparedField.Period] = p => p with { EndMonth = new DateOnly(2026, 6, 1) },
        [ComparedField.Location] = p => p with { Location = "Balti" },
        [ComparedField.Shareable] = p => p with { IsShareable = false },
        [ComparedField.FundingLines] = p => p with { FundingLines = ["AENEAS: total 1,500.00, EU 800.00"] },
        [ComparedField.TotalBudget] = p => p with { TotalBudget = Amount.NotKnown },
        [ComparedField.EuContribution] = p => p with { EuContribution = Amount.Exact(900m) },
    };

    [Fact]
    public void The_catalogue_compares_every_compared_field_once_in_the_order_of_the_fields_each_read_from_a_version()
    {
        Assert.Equal(Enum.GetValues<ComparedField>().Where(f => f != ComparedField.Fact), InitiativeFields.ComparedReaders.Select(r => r.Field));
        Assert.All(InitiativeFields.All.SelectMany(e => e.Compared), part => Assert.NotNull(part.Read));
        Assert.All(InitiativeFields.ComparedReaders, reader => reader.Read(new PublishedInitiative()));
    }

    [Fact]
    public void Each_compared_field_changed_alone_is_reported_alone_with_its_values_as_read()
    {
        Assert.All(InitiativeFields.ComparedReaders, reader =>
        {
            Assert.True(ChangeOf.TryGetValue(reader.Field, out var change), $"{reader.Field}: this test does not change it yet");
            var after = change(Before);

            var found = Assert.Single(ScoreboardComparison.Differences(Before, after, InitiativeFields.ComparedReaders));

            Assert.Equal((reader.Field, reader.Read(Before), reader.Read(after)), (found.Field, found.Before, found.After));
        });
    }

    [Fact]
    public void Two_versions_that_differ_in_every_compared_field_differ_once_per_field_in_the_catalogue_order()
    {
        var after = InitiativeFields.ComparedReaders.Aggregate(Before, (row, reader) => ChangeOf[reader.Field](row));

        var changes = ScoreboardComparison.Differences(Before, after, InitiativeFields.ComparedReaders);

        Assert.Equal(InitiativeFields.ComparedReaders.Select(r => r.Field), changes.Select(c => c.Field));
    }

    [Fact]
    public void Priority_and_commitment_are_compared_only_where_both_versions_kept_them()
    {
        Assert.Equal([ComparedField.Priority, ComparedField.Commitment], InitiativeFields.ComparedReaders.Where(r => r.OnlyWhereBothKept).Select(r => r.Field));
        var keptNeither = Before with { Priority = null, Commitment = null };

        Assert.Empty(ScoreboardComparison.Differences(keptNeither, Before, InitiativeFields.ComparedReaders));
        Assert.Empty(ScoreboardComparison.Differences(Before, keptNeither, InitiativeFields.ComparedReaders));
    }
}
