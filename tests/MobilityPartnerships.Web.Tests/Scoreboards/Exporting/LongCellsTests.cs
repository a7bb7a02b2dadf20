using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.BriefingPacks.Excel;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Exporting;

/// <summary>
/// No workbook the product writes holds a cell longer than Excel's 32,767 characters: a longer text is cut there with an
/// ending that says how much was left out, never inside a surrogate pair. A CSV file keeps the whole text.
/// </summary>
public sealed class LongCellsTests
{
    private const int ExcelLimit = 32_767;

    [Fact]
    public void A_scoreboard_export_of_an_initiative_with_2500_funding_lines_cuts_its_funding_cells_at_the_limit()
    {
        var initiative = Initiative(2_500);
        var export = new ScoreboardExport([new ExportedPartnership(Guid.NewGuid(), "Moldova", "Moldova", [initiative])], InitiativeColumns.Exported, GroupByPillar: false);

        var texts = InLanguage.Of("en", () =>
        {
            using var file = new MemoryStream();
            XlsxScoreboardWriter.Write(export, file);
            return Texts(file);
        });

        Assert.All(texts, t => Assert.True(t.Length <= ExcelLimit, $"A cell holds {t.Length} characters."));
        var programmes = SheetCells.Of(initiative, InitiativeColumn.FundingProgramme).Text;
        Assert.True(programmes.Length > ExcelLimit);
        var cut = Assert.Single(texts, t => t.StartsWith("Programme 0000", StringComparison.Ordinal) && t.Contains("Programme 0001", StringComparison.Ordinal));
        Assert.Equal(ExcelLimit, cut.Length);
        var left = programmes.Length - cut.IndexOf('…', StringComparison.Ordinal);
        Assert.EndsWith($"… (cut: {left.ToString("N0", CultureInfo.GetCultureInfo("en"))} more characters; a cell of a workbook holds at most 32,767)", cut, StringComparison.Ordinal);
        Assert.StartsWith(cut[..cut.IndexOf('…', StringComparison.Ordinal)], programmes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_export_keeps_the_whole_text()
    {
        var initiative = Initiative(2_500);
        var programmes = SheetCells.Of(initiative, InitiativeColumn.FundingProgramme);

        Assert.True(programmes.Text.Length > ExcelLimit);
        Assert.Equal(programmes.Text, CsvScoreboardWriter.Field(programmes));
    }

    [Fact]
    public void A_published_version_cuts_its_funding_lines_cell_at_the_limit_and_says_so_in_french_for_a_french_user()
    {
        var row = new PublishedInitiative
        {
            InitiativeId = Guid.NewGuid(),
            ReferenceCode = "MD-07",
            Title = "Seasonal work pilot",
            Pillar = Pillar.LegalMigration,
            Status = InitiativeStatus.Ongoing,
            FundingLines = [.. Enumerable.Range(0, 2_500).Select(n => $"Programme {n:0000} (IOM): total € 1,000.00, EU € 500.00")],
            TotalBudget = new Amount(2_500_000m, 0),
            EuContribution = new Amount(1_250_000m, 0),
        };
        var version = new PublishedVersion(Guid.NewGuid(), "Moldova", 3, new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 10, 12), "Focal point", null, null, [row]);

        var texts = InLanguage.Of("fr", () =>
        {
            using var file = new MemoryStream();
            VersionXlsxWriter.Write(version, file);
            return Texts(file);
        });

        Assert.All(texts, t => Assert.True(t.Length <= ExcelLimit, $"A cell holds {t.Length} characters."));
        var cut = Assert.Single(texts, t => t.StartsWith("Programme 0000", StringComparison.Ordinal));
        Assert.Equal(ExcelLimit, cut.Length);
        Assert.Matches(@"… \(coupé\u00a0: [\d\u202F\u00A0 ]+ caractères de plus\u00a0; une cellule de classeur en contient au plus 32 767\)$", cut);
    }

    [Fact]
    public void A_briefing_pack_cuts_a_long_cell_without_splitting_a_character_written_as_a_surrogate_pair()
    {
        // "🇪🇺" is written with surrogate pairs; an odd start puts a pair across the limit.
        var text = "x" + string.Concat(Enumerable.Repeat("🇪🇺", 20_000));
        var table = new PackTable(null, [new PackColumn("Title", 1)], [new PackRow([PackValue.OfText(text)])], "None");
        var pack = new PackDocument("Moldova", "Briefing pack", "Meeting", new DateOnly(2026, 12, 1), "Generated", "Page", "continued", [new PackSection("At a glance", "At a glance", [], [table])]);

        var texts = InLanguage.Of("en", () =>
        {
            using var file = new MemoryStream();
            BriefingPackWorkbook.Write(pack, file);
            return Texts(file);
        });

        var cut = Assert.Single(texts, t => t.StartsWith("x🇪🇺", StringComparison.Ordinal));
        Assert.True(cut.Length <= ExcelLimit, $"The cell holds {cut.Length} characters.");
        var kept = cut[..cut.IndexOf('…', StringComparison.Ordinal)];
        Assert.False(char.IsHighSurrogate(kept[^1]), "The cut splits a surrogate pair.");
        Assert.StartsWith(kept, text, StringComparison.Ordinal);
        Assert.EndsWith($"… (cut: {(text.Length - kept.Length).ToString("N0", CultureInfo.GetCultureInfo("en"))} more characters; a cell of a workbook holds at most 32,767)", cut, StringComparison.Ordinal);
    }

    /// <summary>Every text cell of every sheet, read back with the Open XML SDK.</summary>
    private static List<string> Texts(MemoryStream file)
    {
        file.Position = 0;
        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        return [.. document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>()).Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty)];
    }

    private static InitiativeDetails Initiative(int lines) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Moldova", "MD-07", "Seasonal work pilot", null, Pillar.LegalMigration, [], null, [], [], null, [], [],
        new PeriodView(null, null, null, null), null, null,
        [.. Enumerable.Range(0, lines).Select(n => new FundingLineView(FundingSourceKind.EuProgramme, $"Programme {n:0000}", "IOM", 1_000m, 500m))],
        InitiativeStatus.Ongoing, Novelty.NotStated, null, true, null, null, null, false, StoredValueSet.None);
}
