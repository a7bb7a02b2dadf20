using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

namespace MobilityPartnerships.Web.Tests.PublishedScoreboards.Comparing;

/// <summary>A change between versions reads the same on the comparison page and in a briefing pack, with codes in words.</summary>
public sealed class ComparisonWordingTests
{
    private static readonly Dictionary<ComparedField, object?[]> Samples = new()
    {
        [ComparedField.ReferenceCode] = ["MD-01", null],
        [ComparedField.Title] = ["Labour migration pilot"],
        [ComparedField.Summary] = ["A summary", string.Empty],
        [ComparedField.Pillar] = [.. Enum.GetValues<Pillar>().Cast<object?>()],
        [ComparedField.ThematicAreas] = [new List<string> { "Circular migration" }, new List<string>()],
        [ComparedField.Priority] = ["Jobs", string.Empty],
        [ComparedField.Commitment] = ["Readmission", string.Empty],
        [ComparedField.Lead] = ["Sweden", null],
        [ComparedField.ResponsibleService] = ["DG HOME", null],
        [ComparedField.Partners] = [new List<string> { "IOM (Implementing)", "Sweden (Participating)" }],
        [ComparedField.Status] = [.. Enum.GetValues<InitiativeStatus>().Cast<object?>()],
        [ComparedField.Novelty] = [.. Enum.GetValues<Novelty>().Cast<object?>()],
        [ComparedField.Period] = [new PeriodValue(new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 1), "from spring"), new PeriodValue(null, null, null)],
        [ComparedField.Location] = ["Chișinău", null],
        [ComparedField.Shareable] = [true, false],
        [ComparedField.FundingLines] = [new List<string> { "EuProgramme (Sweden): total 1,000.00, EU 500.00", "Thematic Programme: total -, EU -" }],
        [ComparedField.TotalBudget] = [1000m],
        [ComparedField.EuContribution] = [500m],
    };

    [Fact]
    public void A_briefing_pack_words_every_compared_field_as_the_comparison_page_does()
    {
        var pack = new PackChangeWording(Texts.Strings);
        foreach (var field in Enum.GetValues<ComparedField>().Where(f => f != ComparedField.Fact))
        {
            Assert.Equal(Texts.Strings.Label(field), pack.Label(new FieldChange(field, null, null)));
            foreach (var value in Samples[field])
            {
                Assert.Equal(Texts.Strings.Value(field, value), pack.Value(field, value));
            }
        }

        var fact = new FieldChange(ComparedField.Fact, "before", "after") { Fact = "SomeFact" };
        Assert.Equal(Texts.Strings.Label(fact), pack.Label(fact));
        Assert.Equal(Texts.Strings.Value(ComparedField.Fact, "after"), pack.Value(ComparedField.Fact, "after"));
    }

    [Fact]
    public void A_version_without_a_lead_reads_to_be_determined_as_the_scoreboard_says()
    {
        Assert.Equal(Texts.Strings.Lead(null), Texts.Strings.Value(ComparedField.Lead, null));
        Assert.Equal("To be determined", Texts.Strings.Value(ComparedField.Lead, null));
    }

    [Fact]
    public void A_kept_fact_is_labelled_as_its_field_and_one_no_field_keeps_reads_as_words()
    {
        foreach (var entry in InitiativeFields.All.Where(e => e.KeptInVersions))
        {
            foreach (var stored in entry.Stored)
            {
                Assert.Equal(Texts.Strings[entry.LabelKey].Value, Texts.Strings.Label(new FieldChange(ComparedField.Fact, "a", "b") { Fact = stored.Name }));
            }
        }

        Assert.Equal("Former field", Texts.Strings.Label(new FieldChange(ComparedField.Fact, "a", "b") { Fact = "FormerField" }));
        Assert.Equal("kept text", Texts.Strings.Value(ComparedField.Fact, "kept text"));
        Assert.Equal(Texts.Strings["Published_NotStated"].Value, Texts.Strings.Value(ComparedField.Fact, string.Empty));
    }

    [Fact]
    public void Codes_stored_in_a_version_read_in_words()
    {
        var codes = Enum.GetNames<Pillar>().Concat(Enum.GetNames<InitiativeStatus>()).Concat(Enum.GetNames<Novelty>())
            .Concat(Enum.GetNames<PartnerRole>()).Concat(Enum.GetNames<FundingSourceKind>())
            .Where(code => code.Skip(1).Any(char.IsUpper))
            .ToList();
        foreach (var (field, values) in Samples)
        {
            foreach (var value in values)
            {
                var words = Texts.Strings.Value(field, value);
                Assert.DoesNotContain(codes, code => words.Contains(code, StringComparison.Ordinal));
            }
        }

        Assert.Equal("IOM (implementing partner); Sweden (participating partner)", Texts.Strings.Value(ComparedField.Partners, Samples[ComparedField.Partners][0]));
        Assert.Equal(
            $"EU programme (Sweden): total budget {Display.Euro(1000m)}, EU contribution {Display.Euro(500m)}; Thematic Programme: total budget To be determined, EU contribution To be determined",
            Texts.Strings.Value(ComparedField.FundingLines, Samples[ComparedField.FundingLines][0]));
    }
}
