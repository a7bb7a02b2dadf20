using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>
/// French puts a no-break space before a colon ("Statut\u00a0: Prévue"), a semicolon, a question or exclamation mark, and
/// inside guillemets ("«\u00a0brouillon\u00a0»"), so that a line never breaks between the sign and its word: every French
/// text writes them so, and no page puts a colon of its own after a text, which would write "Statut: Prévue" in French
/// (Display.Labelled gives the language's colon).
/// </summary>
public sealed partial class FrenchPunctuationTests
{
    /// <summary>Texts that quote a header as HTTP writes it, colon and all.</summary>
    private static readonly HashSet<string> Quoted = new(StringComparer.Ordinal) { "Authorization:", "Content-Type:", "If-Match:" };

    [Fact]
    public void Every_French_colon_after_a_word_has_a_no_break_space_before_it()
    {
        var wrong = ResourceTexts.French
            .Where(t => ColonWithoutNoBreakSpace().Matches(t.Value).Any(m => !Quoted.Contains(m.Value.Trim())))
            .Select(t => $"{t.Key}: {t.Value}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(wrong.Count == 0, "French texts with a colon not preceded by a no-break space (write \"\\u00a0:\"):\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void Every_French_semicolon_question_mark_exclamation_mark_and_guillemet_has_its_no_break_space()
    {
        var wrong = ResourceTexts.French
            .Where(t => SignWithoutNoBreakSpace().IsMatch(t.Value))
            .Select(t => $"{t.Key}: {t.Value}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(wrong.Count == 0, "French texts with a plain space where a no-break space belongs (\"\u00a0;\", \"\u00a0?\", \"\u00a0!\", \"«\u00a0\", \"\u00a0»\"):\n" + string.Join('\n', wrong));
        Assert.Matches(SignWithoutNoBreakSpace(), "Le corps n'a pas pu être lu ; rien n'a été modifié.");
        Assert.Matches(SignWithoutNoBreakSpace(), "une date « 2026-06-30 »");
        Assert.DoesNotMatch(SignWithoutNoBreakSpace(), "Le corps n'a pas pu être lu\u00a0; rien n'a été modifié, «\u00a02026-06-30\u00a0».");
    }

    /// <summary>Lists joined with a fixed "; " on purpose: the workbook's own list format, or a value stored in no language.</summary>
    private static readonly string[] FixedSeparators =
    [
        // A history value is recorded once, whatever the language of who reads it later.
        Path.Combine("Data", "History", "HistoryRecorder.cs"),
        // Names and values as a workbook cell takes them, to be typed back into one (SheetLabels.ListSeparator).
        Path.Combine("Features", "Initiatives", "Importing", "RowReader.cs"),
        Path.Combine("Features", "Initiatives", "Importing", "Template", "ImportTemplate.cs"),
    ];

    [Fact]
    public void A_list_shown_to_a_reader_is_separated_as_the_language_separates_it()
    {
        var wrong = WebSourceFiles.All()
            .Where(f => !FixedSeparators.Contains(f.Relative))
            .SelectMany(f => FixedSemicolonJoin().Matches(f.Text).Select(m => $"{f.Relative}: {m.Value}"))
            .ToList();

        Assert.True(wrong.Count == 0, "Lists joined with a fixed \"; \" (use L.List, which writes \"\u00a0; \" in French):\n" + string.Join('\n', wrong));
        Assert.Contains(WebSourceFiles.All(), f => FixedSeparators.Contains(f.Relative) && FixedSemicolonJoin().IsMatch(f.Text));
    }

    [Fact]
    public void No_page_puts_its_own_colon_after_a_text()
    {
        var wrong = WebSourceFiles.All()
            .Where(f => f.Relative.EndsWith(".razor", StringComparison.Ordinal))
            .SelectMany(f => ColonAfterMarkupText().Matches(f.Text).Select(m => $"{f.Relative}: {m.Value}"))
            .ToList();

        Assert.True(wrong.Count == 0, "Colons written by a page after a text (use L.Labelled):\n" + string.Join('\n', wrong));
    }

    /// <summary>A colon followed by a space or the end whose character before is no no-break space: "Statut: " or "Statut : ".</summary>
    [GeneratedRegex(@"\S*(?<![\u00a0\u202f]):(?=\s|$)")]
    private static partial Regex ColonWithoutNoBreakSpace();

    /// <summary>A plain space (or none) before ";", "?", "!" or "»", or after "«".</summary>
    [GeneratedRegex(@"[ ][;?!»]|«[ ]|\w[;?!»]|«\w")]
    private static partial Regex SignWithoutNoBreakSpace();

    [GeneratedRegex(@"Join\(""; """)]
    private static partial Regex FixedSemicolonJoin();

    /// <summary>A text or a label written by the page, then a colon: "@L["Search_Code"]:", "@field.Label:".</summary>
    [GeneratedRegex(@"@(?:L\[""[^""]+""\]|[\w.]+\.(?:Label|Field)):")]
    private static partial Regex ColonAfterMarkupText();
}
