using System.Globalization;
using System.Security.Claims;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.BriefingPacks.Excel;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Security.Access;
using UglyToad.PdfPig;

namespace MobilityPartnerships.IntegrationTests.BriefingPacks;

/// <summary>
/// The briefing pack of a meeting, generated as PDF and workbook and read back: the PDF's text through pdftotext
/// (partnership and date on every page, page numbers, each section's content, a long table's header repeated on
/// the pages it runs over), its pages A4 landscape, and the workbook's cells. Partner-country officials get nothing.
/// </summary>
public sealed class BriefingPackTests(BriefingPackFixture fixture) : IClassFixture<BriefingPackFixture>
{
    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private async Task<ClaimsPrincipal> FocalPointAsync() =>
        await TestAccounts.CreateAsync(fixture, "Pack focal point", Role.FocalPoint, fixture.CommissionId, fixture.PartnershipId);

    private async Task<PackDocument> DocumentAsync()
    {
        var outcome = await PackFiles.GatherAsync(fixture, await FocalPointAsync(), fixture.MeetingId);
        Assert.IsType<AccessDecision.Allowed>(outcome.Decision);
        return PackFiles.Layout(fixture, outcome.Pack!);
    }

    [Fact]
    public async Task The_pdf_holds_every_section_with_the_partnership_and_date_on_every_page()
    {
        var pages = await PackFiles.TextPagesAsync(PackFiles.Pdf(fixture, await DocumentAsync()));
        var all = string.Join("\n", pages);

        Assert.True(pages.Count >= 3, $"Expected the filler rows to run over several pages, got {pages.Count}.");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(fixture.PartnershipName, pages[i], StringComparison.Ordinal);
            Assert.Contains(Day(fixture.MeetingDay), pages[i], StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        Assert.Contains("Page 1 of", pages[0], StringComparison.Ordinal);

        // At a glance: signatories with their basis, totals.
        Assert.Contains("Packland", all, StringComparison.Ordinal);
        Assert.Contains("Acceded later", all, StringComparison.Ordinal);

        // Signed in a month known only as a month: the original signatories joined "January 2010", not on its first day.
        Assert.Contains("January 2010", all, StringComparison.Ordinal);
        Assert.DoesNotContain("1 January 2010", all, StringComparison.Ordinal);
        Assert.Contains("3 May 2012", all, StringComparison.Ordinal);
        Assert.Contains("€", all, StringComparison.Ordinal);

        // Changes: the status old → new on one line, and the added initiative.
        Assert.Contains("Compared with published version 1", all, StringComparison.OrdinalIgnoreCase);
        var statusLine = Assert.Single(all.Split('\n'), l => l.Contains(BriefingPackFixture.ChangedTitle, StringComparison.Ordinal) && l.Contains("Status", StringComparison.Ordinal));
        Assert.Matches("Planned +Ongoing", statusLine);
        Assert.Contains(BriefingPackFixture.AddedTitle, all, StringComparison.Ordinal);

        // Late or without update.
        var lateLine = Assert.Single(all.Split('\n'), l => l.Contains("PK-001", StringComparison.Ordinal));
        Assert.Contains("Sécurité des frontières", lateLine, StringComparison.Ordinal);
        Assert.Contains("Late", lateLine, StringComparison.Ordinal);
        Assert.Contains("No progress update yet", all, StringComparison.Ordinal);

        // The open action point, overdue, and the agenda: accepted items in their order, the declined one left out.
        Assert.Contains(BriefingPackFixture.ActionPointText[..30], all, StringComparison.Ordinal);
        Assert.Contains("Overdue", all, StringComparison.Ordinal);
        var second = all.IndexOf(BriefingPackFixture.SecondAgendaItem, StringComparison.Ordinal);
        var first = all.IndexOf(BriefingPackFixture.FirstAgendaItem, StringComparison.Ordinal);
        Assert.True(second >= 0 && first > second, "The agenda lists the item in position 1 before the one in position 2.");
        Assert.DoesNotContain(BriefingPackFixture.DeclinedAgendaItem, all, StringComparison.Ordinal);
        Assert.Contains("Follow-up of an action point", all, StringComparison.Ordinal);

        // The long table repeats its header on every page it runs over.
        var fillerPages = pages.Where(p => p.Contains("Filler initiative", StringComparison.Ordinal)).ToList();
        Assert.True(fillerPages.Count >= 2, $"The filler rows fill {fillerPages.Count} page(s); make more.");
        Assert.All(fillerPages, p => Assert.Contains("Last update", p, StringComparison.Ordinal));
        Assert.Contains("(continued)", fillerPages[^1], StringComparison.Ordinal);
        Assert.Equal(BriefingPackFixture.FillerCount, all.Split('\n').Count(l => l.Contains("Filler initiative", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_pdf_pages_are_A4_landscape()
    {
        var pdf = PackFiles.Pdf(fixture, await DocumentAsync());
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        foreach (var page in document.GetPages())
        {
            Assert.Equal(841.89, page.Width, 0.5);
            Assert.Equal(595.28, page.Height, 0.5);
            Assert.Equal(0, page.Rotation.Value % 180);
        }
    }

    [Fact]
    public async Task The_pdf_text_keeps_accents_and_symbols_and_writes_what_no_font_has_as_its_code_point()
    {
        const string accented = "Sécurité sociale: coopération → Ελλάδα, Україна, საქართველო (10 000 €)";
        var column = new PackColumn("Initiative", 1);
        var table = new PackTable(null, [column], [new PackRow([PackValue.OfText(accented)]), new PackRow([PackValue.OfText("Tokyo 東京 🚆\tline")])], "None");
        var document = new PackDocument("Partenariat – Chișinău", "Briefing pack", "Meeting, 1 June 2026", new DateOnly(2026, 6, 1), "Prepared", "Page {0} of {1}", "{0} (continued)", [new PackSection("Initiatives", "Initiatives", [], [table])]);

        var all = string.Join("\n", await PackFiles.TextPagesAsync(PackFiles.Pdf(fixture, document)));

        Assert.Contains(accented, all, StringComparison.Ordinal);
        Assert.Contains("Partenariat – Chișinău", all, StringComparison.Ordinal);
        var tokyo = Assert.Single(all.Split('\n'), l => l.Contains("Tokyo", StringComparison.Ordinal)).Trim();
        Assert.Equal("Tokyo [U+6771 U+4EAC] [U+1F686] line", tokyo);
    }

    [Fact]
    public async Task The_workbook_holds_each_section_in_its_sheet()
    {
        using var workbook = PackFiles.Workbook(await DocumentAsync());
        Assert.Equal(["At a glance", "Changes", "Late or no update", "Action points", "Agenda"], workbook.SheetNames);
        Assert.Empty(workbook.ValidationErrors());

        var glance = workbook.Sheet("At a glance");
        Assert.Contains(fixture.PartnershipName, ReadSheet.Text(glance.Rows[0].Elements<Cell>().First()), StringComparison.Ordinal);
        var total = glance.Rows.Single(r => r.Elements<Cell>().FirstOrDefault() is { } c && ReadSheet.Text(c) == "Total");
        var totalCells = total.Elements<Cell>().ToDictionary(c => ReadSheet.Letters(c.CellReference!.Value!));
        Assert.Equal(BriefingPackFixture.FillerCount + 3, int.Parse(ReadSheet.Text(totalCells["B"]), CultureInfo.InvariantCulture));

        // The fillers have no funding line: each total is the sum of what is known, a number in the amount format,
        // and the column beside it counts the initiatives it leaves out; no total is words a reader cannot sum.
        var pillarHeader = glance.Rows.Single(r => r.Elements<Cell>().FirstOrDefault() is { } c && ReadSheet.Text(c) == "Pillar");
        Assert.Equal(
            ["Pillar", "Initiatives", "Total budget", "Total budget: initiatives not fully known", "EU contribution", "EU contribution: initiatives not fully known"],
            pillarHeader.Elements<Cell>().Select(ReadSheet.Text));
        foreach (var (amount, count, known) in new[] { ("C", "D", 1_500_000m), ("E", "F", 1_200_000m) })
        {
            Assert.Null(totalCells[amount].DataType);
            Assert.Equal(known, decimal.Parse(ReadSheet.Text(totalCells[amount]), CultureInfo.InvariantCulture));
            Assert.Equal(WorkbookStyles.AmountFormat, workbook.FormatCodeOf(totalCells[amount]));
            Assert.Null(totalCells[count].DataType);
            Assert.Equal(BriefingPackFixture.FillerCount + 2, int.Parse(ReadSheet.Text(totalCells[count]), CultureInfo.InvariantCulture));
        }

        // A pillar of which no amount is known has no number at all, only its count.
        var illegal = glance.Rows.Single(r => r.Elements<Cell>().FirstOrDefault() is { } c && ReadSheet.Text(c) == "Illegal migration");
        var illegalCells = illegal.Elements<Cell>().ToDictionary(c => ReadSheet.Letters(c.CellReference!.Value!));
        Assert.False(illegalCells.ContainsKey("C"));
        Assert.Equal(illegalCells["B"].CellValue!.Text, illegalCells["D"].CellValue!.Text);
        var pillarRows = glance.Rows.Where(r => r.RowIndex!.Value > pillarHeader.RowIndex!.Value);
        Assert.DoesNotContain(pillarRows.SelectMany(r => r.Elements<Cell>()), c => c.DataType is not null && "CDEF".Contains(ReadSheet.Letters(c.CellReference!.Value!), StringComparison.Ordinal));
        var pane = glance.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);

        var changes = workbook.Sheet("Changes");
        var texts = changes.Rows.Select(r => r.Elements<Cell>().Select(ReadSheet.Text).ToList()).ToList();
        Assert.Contains(texts, r => r.Contains(BriefingPackFixture.ChangedTitle) && r.Contains("Status") && r.Contains("Planned") && r.Contains("Ongoing"));
        // An added row in a few words, each labelled: a bare "To be determined" did not say it was the period.
        Assert.Contains(texts, r => r.Contains("Added") && r.Contains(BriefingPackFixture.AddedTitle)
            && r.Contains("Planned; period To be determined; total budget To be determined; EU contribution To be determined"));
        var header = texts.FindIndex(r => r.Count > 0 && r[0] == "Change");
        Assert.Equal(header + 1, (int)changes.Worksheet.Descendants<Pane>().Single().VerticalSplit!.Value);

        var attention = workbook.Sheet("Late or no update");
        Assert.Equal(BriefingPackFixture.FillerCount + 2, attention.Rows.Count(r => r.Elements<Cell>().Any(c => ReadSheet.Text(c).StartsWith("PK-", StringComparison.Ordinal))));

        var points = workbook.Sheet("Action points");
        var point = points.Rows.Single(r => r.Elements<Cell>().Any(c => ReadSheet.Text(c) == BriefingPackFixture.ActionPointText));
        var pointCells = point.Elements<Cell>().ToList();
        Assert.Equal(BriefingPackWorkbook.DayFormat, workbook.FormatCodeOf(pointCells[2]));
        Assert.Equal(BriefingPackFixture.Today.AddDays(-30), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(ReadSheet.Text(pointCells[2]), CultureInfo.InvariantCulture))));
        Assert.Equal("Overdue", ReadSheet.Text(pointCells[3]));

        var agenda = workbook.Sheet("Agenda").Rows.Select(r => r.Elements<Cell>().Select(ReadSheet.Text).ToList()).Where(r => r.Count == 3).ToList();
        Assert.Equal(["1", BriefingPackFixture.SecondAgendaItem], agenda[1][..2]);
        Assert.Equal(["2", BriefingPackFixture.FirstAgendaItem], agenda[2][..2]);
        Assert.StartsWith("Follow-up of an action point", agenda[3][1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_published_version_the_pack_says_there_is_nothing_to_compare()
    {
        var outcome = await PackFiles.GatherAsync(fixture, fixture.Administrator, fixture.UnpublishedMeetingId);
        var document = PackFiles.Layout(fixture, outcome.Pack!);
        var pages = await PackFiles.TextPagesAsync(PackFiles.Pdf(fixture, document));
        var text = string.Join("\n", pages);

        // Said once, where the changes would be listed, not also in the lines above them.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "No version of the scoreboard has been published yet"));
    }

    [Fact]
    public async Task A_partner_country_official_is_refused_and_gets_nothing()
    {
        var official = await TestAccounts.CreateAsync(fixture, "Packland official", Role.PartnerCountryOfficial, fixture.PartnerCountryId, fixture.PartnershipId);
        var outcome = await PackFiles.GatherAsync(fixture, official, fixture.MeetingId);
        var refused = Assert.IsType<AccessDecision.Refused>(outcome.Decision);
        Assert.Contains("briefing pack", refused.Message, StringComparison.Ordinal);
        Assert.Null(outcome.Pack);
    }

    [Fact]
    public async Task An_unknown_meeting_is_missing()
    {
        var outcome = await PackFiles.GatherAsync(fixture, fixture.Administrator, Guid.CreateVersion7());
        Assert.IsType<AccessDecision.Missing>(outcome.Decision);
    }
}
