using Bunit;
using MobilityPartnerships.Web.Features.Search.Highlighting;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.Web.Tests.Search;

/// <summary>The words a search found are marked in the text; the text is always rendered as text.</summary>
public sealed class HighlightedTextTests : ComponentTest
{
    private IRenderedComponent<HighlightedText> Highlight(string? text, params SearchTerm[] terms) =>
        Render<HighlightedText>(p => p.Add(c => c.Text, text).Add(c => c.Terms, terms));

    [Fact]
    public void The_words_found_are_marked_and_the_rest_of_the_text_is_kept()
    {
        var shown = Highlight("Sécurité des frontières et sécurité sociale", new SearchTerm("securite", false));

        Assert.Equal(["Sécurité", "sécurité"], shown.FindAll("mark").Select(m => m.TextContent));
        Assert.Equal("Sécurité des frontières et sécurité sociale", string.Concat(shown.Nodes.Select(n => n.TextContent)));
    }

    [Fact]
    public void A_prefix_term_marks_whole_words_that_start_with_it()
    {
        var shown = Highlight("Mobility partnerships and partners", new SearchTerm("partner", true));

        Assert.Equal(["partnerships", "partners"], shown.FindAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public void A_whole_word_term_does_not_mark_longer_words()
    {
        var shown = Highlight("Mobility partnerships and partners", new SearchTerm("partner", false));

        Assert.Empty(shown.FindAll("mark"));
        Assert.Equal("Mobility partnerships and partners", shown.Markup);
    }

    [Fact]
    public void Markup_in_the_text_is_shown_as_text_not_rendered()
    {
        var shown = Highlight("<b>bold</b> claim", new SearchTerm("bold", false));

        Assert.Empty(shown.FindAll("b"));
        Assert.Equal("bold", shown.Find("mark").TextContent);
        Assert.Contains("&lt;b&gt;", shown.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void No_text_renders_nothing()
    {
        Assert.Empty(Highlight(null, new SearchTerm("anything", true)).Markup);
    }
}
