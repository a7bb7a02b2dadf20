using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Template;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Hosting.Languages;

namespace MobilityPartnerships.Web.Tests.Initiatives.SheetColumns;

/// <summary>
/// The sheet format in English and French: an export writes the headers and choices of the user's language, and the
/// import recognises both, including the headers of real French sheets.
/// </summary>
public sealed class SheetWordsInTwoLanguagesTests
{
    [Theory]
    [InlineData("Intitulé du projet", InitiativeColumn.Title)]
    [InlineData("Budget total", InitiativeColumn.TotalBudget)]
    [InlineData("Contribution UE", InitiativeColumn.EuContribution)]
    [InlineData("Période de mise en œuvre", InitiativeColumn.Period)]
    [InlineData("Chef de file", InitiativeColumn.Lead)]
    [InlineData("Résultats attendus", InitiativeColumn.ExpectedResults)]
    public void Headers_of_french_sheets_are_recognised(string header, InitiativeColumn column) =>
        Assert.Equal(column, InitiativeColumns.Recognise(header));

    [Fact]
    public void Every_exported_column_has_a_french_header_of_its_own_that_reads_back_in_any_language()
    {
        var english = Language.In("en-GB", () => InitiativeColumns.Exported.Select(InitiativeColumns.HeaderOf).ToList());
        var french = Language.In("fr-FR", () => InitiativeColumns.Exported.Select(InitiativeColumns.HeaderOf).ToList());

        Assert.Equal(french.Count, french.Distinct().Count());
        Assert.Contains("Intitulé", french);
        Assert.Contains("Title", english);
        Assert.All(InitiativeColumns.Exported.Select((column, i) => (column, i)), c =>
        {
            Assert.Equal(c.column, Language.In("en-GB", () => InitiativeColumns.Recognise(french[c.i])));
            Assert.Equal(c.column, Language.In("fr-FR", () => InitiativeColumns.Recognise(english[c.i])));
        });
    }

    [Fact]
    public void Every_choice_written_in_french_reads_back_as_itself()
    {
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            Assert.Equal(pillar, Chosen(ChoiceText.ReadPillar(SheetLabels.Word(pillar).French)));
        }

        foreach (var status in Enum.GetValues<InitiativeStatus>())
        {
            Assert.Equal(status, Chosen(ChoiceText.ReadStatus(SheetLabels.Word(status).French)));
        }

        foreach (var novelty in Enum.GetValues<Novelty>())
        {
            Assert.Equal(novelty, Chosen(ChoiceText.ReadNovelty(SheetLabels.Word(novelty).French)));
        }

        foreach (var source in Enum.GetValues<FundingSourceKind>())
        {
            Assert.Equal(source, Chosen(ChoiceText.ReadFundingSource(SheetLabels.Word(source).French)));
        }

        Assert.True(Chosen(ChoiceText.ReadYesOrNo("Oui")));
        Assert.False(Chosen(ChoiceText.ReadYesOrNo("Non")));
        Assert.True(ToBeDeterminedText.Matches("À déterminer"));
        Assert.Equal("À déterminer", Language.In("fr-FR", () => SheetLabels.ToBeDetermined));
        Assert.Equal("En cours", Language.In("fr-FR", () => SheetLabels.Of(InitiativeStatus.Ongoing)));
        Assert.Equal("Ongoing", Language.In("en-GB", () => SheetLabels.Of(InitiativeStatus.Ongoing)));
    }

    [Fact]
    public void French_month_periods_read_as_months()
    {
        var reading = Assert.IsType<PeriodReading.Period>(PeriodText.Read("janvier 2008 – juin 2010"));
        Assert.Equal((new DateOnly(2008, 1, 1), new DateOnly(2010, 6, 1)), (reading.Start, reading.End));
    }

    [Fact]
    public void The_import_template_is_written_in_the_language_of_who_downloads_it()
    {
        var french = Language.In("fr-FR", ImportTemplate.Build);
        var english = Language.In("en-GB", ImportTemplate.Build);

        Assert.Equal(["Initiatives", "Mode d'emploi"], SheetNamesOf(french));
        Assert.Equal(["Initiatives", "How to fill it in"], SheetNamesOf(english));
        var text = SharedText(french);
        Assert.Contains("Intitulé", text, StringComparison.Ordinal);
        Assert.Contains("lorsqu'une valeur n'est pas encore connue", text, StringComparison.Ordinal);
        Assert.DoesNotContain("What to write", text, StringComparison.Ordinal);
    }

    private static List<string> SheetNamesOf(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    private static string SharedText(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return string.Join("\n", document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Text>()).Select(t => t.Text));
    }

    private static T Chosen<T>(ChoiceReading<T> reading)
        where T : struct => Assert.IsType<ChoiceReading<T>.Chosen>(reading).Value;
}
