using MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

namespace MobilityPartnerships.Web.Tests.BriefingPacks.Pdf;

/// <summary>
/// The briefing pack's PDF draws each text as its reader expects: words whole where the column allows, a word cut
/// only when it is wider than its column and then with a hyphen, what no font can draw as its code point, and Hebrew
/// and Arabic right to left, Arabic letters joined.
/// </summary>
public sealed class PackPdfTextTests
{
    [Fact]
    public void A_french_header_keeps_its_words_whole_when_the_page_has_room_for_them()
    {
        // The "Changes" table as the French pack heads it: the first column's weight alone is narrower than "Modification".
        var table = PackPdf.Table(
            [new("Modification", 1), new("Référence", 1), new("Initiative", 3), new("Pilier", 1.6), new("Élément modifié", 1.2), new("Avant", 2.4), new("Maintenant", 2.4)],
            ["Modifiée", "PK-001", "Fonds d'investissement", "Migration et développement", "Statut", "Prévue", "En cours"]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Dossier", table)));

        var header = Assert.Single(lines, l => l.Contains("Référence", StringComparison.Ordinal));
        Assert.Contains("Modification", header, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Modificatio", StringComparison.Ordinal) && !l.Contains("Modification", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_wider_than_its_line_is_cut_with_a_hyphen_and_each_piece_fits()
    {
        var fonts = PackPdf.Fonts();
        const string word = "Donaudampfschifffahrtsgesellschaftskapitän";

        var lines = PdfTextWrap.Lines(word, fonts.Body, 60);

        Assert.True(lines.Count > 2);
        Assert.All(lines.SkipLast(1), l => Assert.EndsWith("-", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(PdfFonts.Width(l, fonts.Body) <= 60, $"\"{l}\" is wider than the line."));
        Assert.Equal(word, string.Concat(lines.Select(l => l.TrimEnd('-'))));
    }

    [Fact]
    public void A_word_breaks_first_at_its_soft_hyphen_which_shows_as_a_hyphen_only_there()
    {
        var fonts = PackPdf.Fonts();
        var width = PdfFonts.Width("Die Zusammen-", fonts.Body) + 1;

        var lines = PdfTextWrap.Lines("Die Zusammen\u00ADarbeit\u00ADplan", fonts.Body, width);

        Assert.Equal("Die Zusammen-", lines[0]);
        Assert.Equal("arbeitplan", BidiLine.Visual(string.Concat(lines.Skip(1))).Replace("\u00AD", string.Empty, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(PdfFonts.Width(l, fonts.Body) <= width, $"\"{l}\" is wider than the line."));
    }

    [Fact]
    public void An_emoji_or_a_character_no_font_can_draw_is_written_as_its_code_point_not_a_box()
    {
        var table = PackPdf.Table([new("Initiative", 1)], ["Tokyo 東京 🚆\tline"], ["Combining \u1AB0 mark, symbol \U0001D11E."]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Jobs 🚀 for youth?", table)));

        Assert.Contains("Jobs [U+1F680] for youth?", lines);
        Assert.Contains("Tokyo [U+6771 U+4EAC] [U+1F686] line", lines);
        Assert.Contains("Combining [U+1AB0] mark, symbol [U+1D11E].", lines);
        Assert.DoesNotContain(lines, l => l.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_of_many_emoji_is_written_whole_in_a_bounded_pdf()
    {
        var emoji = string.Concat(Enumerable.Repeat("🚀", 300));
        var table = PackPdf.Table([new("Initiative", 1)], [emoji]);

        var pdf = PackPdf.Write(PackPdf.OneTable("Pack", table));
        var written = string.Concat(PackPdf.VisualLines(pdf)).Replace("-", string.Empty, StringComparison.Ordinal);

        Assert.Equal(300, System.Text.RegularExpressions.Regex.Count(written, @"U\+1F680"));
        Assert.True(pdf.Length < 200_000, $"The pack is {pdf.Length} bytes.");
    }

    [Fact]
    public void Characters_unicode_says_to_ignore_by_default_are_neither_drawn_nor_replaced()
    {
        // Default_Ignorable_Code_Point but for the direction controls (see PackPdfDirectionTests); an emoji's tags follow it.
        var ignorable = new[] { (0x00AD, 0x00AD), (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200D), (0x2060, 0x2065), (0x206A, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8) }
            .SelectMany(r => Enumerable.Range(r.Item1, r.Item2 - r.Item1 + 1))
            .Select(c => (char)c);
        const string englandFlag = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F";
        var table = PackPdf.Table([new("Initiative", 1)], ["co" + string.Concat(ignorable) + "operation " + englandFlag], ["Zusammen\u00ADarbeit\u200B, co\u200Cop\u200D"]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        Assert.Contains("cooperation [U+1F3F4]", lines);
        Assert.Contains("Zusammenarbeit, coop", lines);
    }

    [Fact]
    public void A_pack_with_more_different_characters_than_one_embedded_font_holds_is_written_whole()
    {
        // PdfPig's simple TrueType font holds 255 characters; Latin, the Cyrillic block and digits are more than that.
        var cyrillic = string.Concat(Enumerable.Range(0x0400, 0x100).Select(c => (char)c));
        var words = cyrillic.Chunk(16).Select(w => new string(w)).Append("Latin ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789").ToArray();
        var table = PackPdf.Table([new("Initiative", 1)], [.. words.Select(w => new[] { w })]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        Assert.All(words, w => Assert.Contains(w, lines));
    }

    [Fact]
    public void Hebrew_is_drawn_right_to_left_with_its_number_left_to_right()
    {
        var table = PackPdf.Table([new("Initiative", 1)], ["שלום עולם 2026"]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        Assert.Contains("2026 םלוע םולש", lines);
    }

    [Fact]
    public void Arabic_is_drawn_right_to_left_with_its_letters_joined()
    {
        // سلام: seen joined to the lam–alef ligature, then meem alone; مصر in a French line: its three forms, right to left.
        var table = PackPdf.Table([new("Initiative", 1)], ["سلام"], ["Partenariat مصر 2026 (pilote)"]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        Assert.Contains("\uFEE1\uFEFC\uFEB3", lines);
        Assert.Contains("Partenariat 2026 \uFEAE\uFEBC\uFEE3 (pilote)", lines);
    }

    [Fact]
    public void Arabic_letters_join_across_a_soft_hyphen_and_a_joiner_but_not_a_non_joiner()
    {
        // سلام with a soft hyphen between lam and alef keeps its ligature; beh takes its initial form before a joiner,
        // and stays alone before a non-joiner.
        var table = PackPdf.Table([new("Initiative", 1)], ["سل\u00ADام"], ["ب\u200D"], ["ب\u200Cب"]);

        var lines = PackPdf.VisualLines(PackPdf.Write(PackPdf.OneTable("Pack", table)));

        Assert.Contains("\uFEE1\uFEFC\uFEB3", lines);
        Assert.Contains("\uFE91", lines);
        Assert.Contains("\uFE8F\uFE8F", lines);
    }

    [Fact]
    public void A_wrapped_hebrew_paragraph_orders_each_line_as_part_of_it()
    {
        // The second line starts with Latin but belongs to a right-to-left paragraph: its full stop goes on the left.
        var fonts = PackPdf.Fonts();
        var width = PdfFonts.Width("Commission, Council.", fonts.Body) + 1;

        var lines = PdfTextWrap.Lines("הקומיסיונר Commission, Council.", fonts.Body, width);

        Assert.Equal(2, lines.Count);
        Assert.Equal("רנויסימוקה", BidiLine.Visual(lines[0]));
        Assert.Equal(".Commission, Council", BidiLine.Visual(lines[1]));
    }
}
