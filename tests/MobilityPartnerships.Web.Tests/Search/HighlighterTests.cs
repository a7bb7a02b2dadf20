using MobilityPartnerships.Web.Features.Search.Highlighting;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.Web.Tests.Search;

/// <summary>Matched words are marked as the database compares them (no accents, no case), and every piece stays text.</summary>
public sealed class HighlighterTests
{
    [Fact]
    public void Marks_accented_words_found_by_an_accentless_search_and_keeps_the_rest()
    {
        var segments = Highlighter.Segments("Sécurité des frontières", [new SearchTerm("securite", false), new SearchTerm("frontieres", true)]);
        Assert.Equal([new TextSegment("Sécurité", true), new TextSegment(" des ", false), new TextSegment("frontières", true)], segments);
    }

    [Fact]
    public void Marks_words_that_start_with_the_last_word_typed_only()
    {
        var segments = Highlighter.Segments("Migration and migrants, not emigration", [new SearchTerm("migra", true)]);
        Assert.Equal(["Migration", "migrants"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.DoesNotContain(Highlighter.Segments("Migration", [new SearchTerm("migra", false)]), s => s.IsMatch);
    }

    [Fact]
    public void Markup_in_the_text_comes_back_as_the_same_characters()
    {
        const string title = "<script>alert(1)</script> Visa";
        var segments = Highlighter.Segments(title, [new SearchTerm("script", false)]);
        Assert.Equal(title, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["script", "script"], segments.Where(s => s.IsMatch).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren", "soren")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Chișinău", "chisinau")]
    public void Folds_words_as_unaccent_does(string word, string folded) => Assert.Equal(folded, TextFolding.Fold(word));

    [Fact]
    public void An_excerpt_is_cut_around_the_first_match_at_word_boundaries()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 60)) + " readmission " + string.Join(' ', Enumerable.Repeat("tail", 60));
        var excerpt = Highlighter.Excerpt(text, [new SearchTerm("readmission", false)], 80);
        Assert.Contains("readmission", excerpt, StringComparison.Ordinal);
        Assert.StartsWith("…filler", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("tail…", excerpt, StringComparison.Ordinal);
    }
}
