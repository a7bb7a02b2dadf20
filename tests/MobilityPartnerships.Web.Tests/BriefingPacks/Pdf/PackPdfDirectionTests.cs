using MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

namespace MobilityPartnerships.Web.Tests.BriefingPacks.Pdf;

/// <summary>
/// The briefing pack's PDF orders text copied with isolates, embeddings, overrides and direction marks as they say,
/// the controls themselves never drawn, and each wrapped line as part of its paragraph.
/// </summary>
public sealed class PackPdfDirectionTests
{
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
