using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Tests.Scoreboards.Exporting;

/// <summary>
/// The CSV export's apostrophe before a text that looks like a formula, and the import's reading that takes exactly that
/// apostrophe off again: every text the guard protects comes back as it was, and an apostrophe it did not add stays.
/// </summary>
public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("- first point\n- second point")]
    [InlineData("@everyone")]
    [InlineData("\tindented")]
    [InlineData("\rafter a carriage return")]
    [InlineData("=")]
    public void A_text_that_looks_like_a_formula_gets_an_apostrophe_that_restoring_takes_off(string text)
    {
        var written = FormulaGuard.Neutralise(text);

        Assert.Equal("'" + text, written);
        Assert.Equal(text, FormulaGuard.Restore(written));
    }

    [Theory]
    [InlineData("Labour migration pilot")]
    [InlineData("'quoted'")]
    [InlineData("'")]
    [InlineData("''=x")]
    [InlineData("'a=b")]
    [InlineData("")]
    public void A_text_the_guard_leaves_alone_is_written_and_restored_as_it_is(string text)
    {
        Assert.Equal(text, FormulaGuard.Neutralise(text));
        Assert.Equal(text, FormulaGuard.Restore(text));
    }
}
