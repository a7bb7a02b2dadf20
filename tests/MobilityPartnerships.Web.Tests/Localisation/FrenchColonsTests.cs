using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>
/// French puts a no-break space before a colon ("Statut\u00a0: Prévue"): every French text writes it so, and no page puts a
/// colon of its own after a text, which would write "Statut: Prévue" in French (Display.Labelled gives the language's colon).
/// </summary>
public sealed partial class FrenchColonsTests
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

    /// <summary>A text or a label written by the page, then a colon: "@L["Search_Code"]:", "@field.Label:".</summary>
    [GeneratedRegex(@"@(?:L\[""[^""]+""\]|[\w.]+\.(?:Label|Field)):")]
    private static partial Regex ColonAfterMarkupText();
}
