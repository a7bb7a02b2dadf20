using MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

namespace MobilityPartnerships.Web.Tests.BriefingPacks.Pdf;

/// <summary>
/// The briefing pack's PDF lays out each paragraph in its own direction: a right-to-left one (its first strong letter
/// Hebrew or Arabic, or a right-to-left mark) against the right edge of its cell or of the page, and text copied with
/// isolates, embeddings, overrides and direction marks ordered as they say, the controls themselves never drawn.
/// </summary>
public sealed class PackPdfDirectionTests
{
    [Fact]
    public void A_right_to_left_cell_is_set_against_its_columns_right_edge_a_left_to_right_one_against_its_left()
    {
        var table = PackPdf.Table(
            [new("Initiative", 2), new("Pilier", 1)],
            ["שלום עולם", "Migration"],
            ["Jobs for youth", "Mobilité"],
            ["شراكة المغرب", "Emploi"]);

        var pieces = PackPdf.Pieces(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        var columnLeft = PdfPages.Left;
        var columnRight = PdfPages.Left + PdfTableWriter.Widths(table, PackPdf.Fonts())[0];
        var latin = Assert.Single(pieces, p => p.Text == "Jobs for youth");
        var padding = latin.Left - columnLeft;
        Assert.InRange(padding, 1, 6);
        Assert.InRange(Assert.Single(pieces, p => p.Text == "םלוע םולש").Right, columnRight - padding - 0.5, columnRight - padding + 0.5);
        Assert.InRange(Assert.Single(pieces, p => p.Text.Any(c => c >= '\uFE70')).Right, columnRight - padding - 0.5, columnRight - padding + 0.5);
    }

    [Fact]
    public void A_right_to_left_heading_and_paragraph_are_set_against_the_pages_right_edge_each_line_of_it()
    {
        var hebrew = string.Join(" ", Enumerable.Repeat("שלום עולם", 40));
        var table = PackPdf.Table([new("Initiative", 1)], ["Jobs for youth"]);

        var pieces = PackPdf.Pieces(PackPdf.Write(PackPdf.OneSection("סיכום", [hebrew, "Summary in English"], table)));

        var right = PdfPages.Left + PdfPages.Width;
        Assert.InRange(Assert.Single(pieces, p => p.Text == "םוכיס").Right, right - 0.5, right + 0.5);
        var lines = pieces.Where(p => p.Text.Contains("םולש", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 2, "The Hebrew paragraph should take more than one line.");
        Assert.All(lines, l => Assert.InRange(l.Right, right - 0.5, right + 0.5));
        Assert.InRange(Assert.Single(pieces, p => p.Text == "Summary in English").Left, PdfPages.Left - 0.5, PdfPages.Left + 0.5);
    }

    [Fact]
    public void An_isolated_right_to_left_name_keeps_the_number_after_it_in_the_sentences_order()
    {
        // Without the isolate the 3 would join the Hebrew run and be drawn before the name.
        var table = PackPdf.Table([new("Initiative", 1)], ["Partner \u2068שלום\u2069 3 items"], ["\u2067שלום\u2069 is the word"]);

        var pieces = PackPdf.Pieces(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        Assert.Contains(pieces, p => p.Text == "Partner םולש 3 items");
        var isolatedFirst = Assert.Single(pieces, p => p.Text == "םולש is the word");
        Assert.InRange(isolatedFirst.Left, PdfPages.Left, PdfPages.Left + 6);
    }

    [Fact]
    public void An_override_and_an_embedding_order_their_text_as_they_say()
    {
        var table = PackPdf.Table([new("Initiative", 1)], ["Code \u202Eabc\u202C end"], ["ok \u202Bשלום, abc\u202C"]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        Assert.Contains("Code cba end", lines);
        Assert.Contains("ok abc ,םולש", lines);
    }

    [Fact]
    public void Direction_marks_set_their_paragraphs_direction_and_are_not_drawn()
    {
        var table = PackPdf.Table([new("Initiative", 1)], ["\u200Fabc"], ["\u061Cxyz 12"], ["\u200Eשלום"]);

        var pieces = PackPdf.Pieces(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        var right = PdfPages.Left + PdfPages.Width;
        Assert.InRange(Assert.Single(pieces, p => p.Text == "abc").Right, right - 6, right);
        Assert.InRange(Assert.Single(pieces, p => p.Text == "xyz 12").Right, right - 6, right);
        Assert.InRange(Assert.Single(pieces, p => p.Text == "םולש").Left, PdfPages.Left, PdfPages.Left + 6);
    }

    [Fact]
    public void A_line_break_inside_an_isolate_keeps_the_next_line_inside_it()
    {
        var fonts = PackPdf.Fonts();
        var width = PdfFonts.Width("Partner שלום עולם", fonts.Body) + 1;

        var lines = PdfTextWrap.Lines("Partner \u2067שלום עולם גדול\u2069 3 items", fonts.Body, width);

        Assert.Equal(2, lines.Count);
        Assert.Equal("Partner םלוע םולש", BidiLine.Visual(lines[0]));
        Assert.Equal("לודג 3 items", BidiLine.Visual(lines[1]));
        Assert.False(BidiLine.StartsRightToLeft(lines[1]));
    }

    [Fact]
    public void Every_line_of_a_right_to_left_paragraph_says_so_even_one_without_letters()
    {
        var fonts = PackPdf.Fonts();
        var width = PdfFonts.Width("שלום עולם", fonts.Body) + 1;

        var lines = PdfTextWrap.Lines("שלום עולם 2026", fonts.Body, width);

        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(BidiLine.StartsRightToLeft(l)));
    }
}
