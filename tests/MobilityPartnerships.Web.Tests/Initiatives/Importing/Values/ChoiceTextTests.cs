using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>The fixed choices read from the sheet's own words, the names in the code and the usual variants.</summary>
public sealed class ChoiceTextTests
{
    [Fact]
    public void Every_label_the_export_writes_reads_back()
    {
        Assert.All(Enum.GetValues<Pillar>(), p => Assert.Equal(new ChoiceReading<Pillar>.Chosen(p), ChoiceText.ReadPillar(SheetLabels.Of(p))));
        Assert.All(Enum.GetValues<InitiativeStatus>(), s => Assert.Equal(new ChoiceReading<InitiativeStatus>.Chosen(s), ChoiceText.ReadStatus(SheetLabels.Of(s))));
        Assert.All(Enum.GetValues<Novelty>(), n => Assert.Equal(new ChoiceReading<Novelty>.Chosen(n), ChoiceText.ReadNovelty(SheetLabels.Of(n))));
        Assert.All(Enum.GetValues<FundingSourceKind>(), f => Assert.Equal(new ChoiceReading<FundingSourceKind>.Chosen(f), ChoiceText.ReadFundingSource(SheetLabels.Of(f))));
        Assert.All([true, false], b => Assert.Equal(new ChoiceReading<bool>.Chosen(b), ChoiceText.ReadYesOrNo(SheetLabels.Of(b))));
    }

    [Fact]
    public void Every_name_in_the_code_reads_back()
    {
        Assert.All(Enum.GetValues<Pillar>(), p => Assert.Equal(new ChoiceReading<Pillar>.Chosen(p), ChoiceText.ReadPillar(p.ToString())));
        Assert.All(Enum.GetValues<InitiativeStatus>(), s => Assert.Equal(new ChoiceReading<InitiativeStatus>.Chosen(s), ChoiceText.ReadStatus(s.ToString())));
        Assert.All(Enum.GetValues<Novelty>(), n => Assert.Equal(new ChoiceReading<Novelty>.Chosen(n), ChoiceText.ReadNovelty(n.ToString())));
        Assert.All(Enum.GetValues<FundingSourceKind>(), f => Assert.Equal(new ChoiceReading<FundingSourceKind>.Chosen(f), ChoiceText.ReadFundingSource(f.ToString())));
    }

    [Theory]
    [InlineData("Legal migration", Pillar.LegalMigration)]
    [InlineData("LEGAL MIGRATION", Pillar.LegalMigration)]
    [InlineData("LegalMigration", Pillar.LegalMigration)]
    [InlineData("mobility", Pillar.LegalMigration)]
    [InlineData("Labour migration", Pillar.LegalMigration)]
    [InlineData("Migration and development", Pillar.MigrationAndDevelopment)]
    [InlineData("Migration & Development", Pillar.MigrationAndDevelopment)]
    [InlineData("development", Pillar.MigrationAndDevelopment)]
    [InlineData("Illegal migration", Pillar.IllegalMigration)]
    [InlineData("irregular migration", Pillar.IllegalMigration)]
    [InlineData("Readmission", Pillar.IllegalMigration)]
    [InlineData("Border management", Pillar.IllegalMigration)]
    [InlineData("Asylum", Pillar.InternationalProtectionAndAsylum)]
    [InlineData("international protection", Pillar.InternationalProtectionAndAsylum)]
    [InlineData("International protection and asylum", Pillar.InternationalProtectionAndAsylum)]
    public void Pillars(string text, Pillar pillar)
    {
        Assert.Equal(new ChoiceReading<Pillar>.Chosen(pillar), ChoiceText.ReadPillar(text));
    }

    [Theory]
    [InlineData("Ongoing", InitiativeStatus.Ongoing)]
    [InlineData("on-going", InitiativeStatus.Ongoing)]
    [InlineData("On going", InitiativeStatus.Ongoing)]
    [InlineData("in progress", InitiativeStatus.Ongoing)]
    [InlineData("running", InitiativeStatus.Ongoing)]
    [InlineData("finished", InitiativeStatus.Completed)]
    [InlineData("Closed", InitiativeStatus.Completed)]
    [InlineData("done", InitiativeStatus.Completed)]
    [InlineData("pipeline", InitiativeStatus.Planned)]
    [InlineData("foreseen", InitiativeStatus.Planned)]
    [InlineData("canceled", InitiativeStatus.Cancelled)]
    [InlineData("withdrawn", InitiativeStatus.Cancelled)]
    [InlineData("idea", InitiativeStatus.Proposed)]
    [InlineData("Proposal", InitiativeStatus.Proposed)]
    public void Statuses(string text, InitiativeStatus status)
    {
        Assert.Equal(new ChoiceReading<InitiativeStatus>.Chosen(status), ChoiceText.ReadStatus(text));
    }

    [Theory]
    [InlineData("New", Novelty.New)]
    [InlineData("new initiative", Novelty.New)]
    [InlineData("Already planned", Novelty.AlreadyPlanned)]
    [InlineData("already-planned", Novelty.AlreadyPlanned)]
    [InlineData("existing", Novelty.AlreadyPlanned)]
    [InlineData("planned before the partnership", Novelty.AlreadyPlanned)]
    [InlineData("Not stated", Novelty.NotStated)]
    public void Novelties(string text, Novelty novelty)
    {
        Assert.Equal(new ChoiceReading<Novelty>.Chosen(novelty), ChoiceText.ReadNovelty(text));
    }

    [Theory]
    [InlineData("EU programme", FundingSourceKind.EuProgramme)]
    [InlineData("EU program", FundingSourceKind.EuProgramme)]
    [InlineData("EU", FundingSourceKind.EuProgramme)]
    [InlineData("Own funds", FundingSourceKind.OwnFunds)]
    [InlineData("national budget", FundingSourceKind.OwnFunds)]
    public void Funding_sources(string text, FundingSourceKind source)
    {
        Assert.Equal(new ChoiceReading<FundingSourceKind>.Chosen(source), ChoiceText.ReadFundingSource(text));
    }

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("TRUE", true)]
    [InlineData("x", true)]
    [InlineData("1", true)]
    [InlineData("oui", true)]
    [InlineData("ja", true)]
    [InlineData("sì", true)]
    [InlineData("si", true)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("non", false)]
    [InlineData("nein", false)]
    [InlineData("no.", false)]
    public void Yes_or_no(string text, bool value)
    {
        Assert.Equal(new ChoiceReading<bool>.Chosen(value), ChoiceText.ReadYesOrNo(text));
    }

    [Fact]
    public void An_unknown_word_is_refused_listing_the_words_accepted()
    {
        Assert.Equal(
            new ChoiceReading<InitiativeStatus>.Invalid("\"maybe later\" is not a status; use one of: Proposed, Planned, Ongoing, Completed, Cancelled."),
            ChoiceText.ReadStatus("maybe later"));
        Assert.Equal(
            new ChoiceReading<Pillar>.Invalid("\"trade\" is not a pillar; use one of: Legal migration, Migration and development, Illegal migration, International protection and asylum."),
            ChoiceText.ReadPillar("trade"));
        Assert.Equal(
            new ChoiceReading<bool>.Invalid("\"perhaps\" is not a yes or no; use one of: Yes, No."),
            ChoiceText.ReadYesOrNo("perhaps"));
    }

    [Fact]
    public void Blank_and_to_be_determined_are_told_apart_from_choices()
    {
        Assert.IsType<ChoiceReading<InitiativeStatus>.Blank>(ChoiceText.ReadStatus("  "));
        Assert.IsType<ChoiceReading<InitiativeStatus>.ToBeDetermined>(ChoiceText.ReadStatus("To be determined"));
        Assert.IsType<ChoiceReading<FundingSourceKind>.ToBeDetermined>(ChoiceText.ReadFundingSource("tbc"));
    }
}
