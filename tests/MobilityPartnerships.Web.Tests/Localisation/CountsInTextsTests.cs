using System.Globalization;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>
/// A count in a sentence is written as the page's language writes numbers: "At most 300 characters (this has 10,000)",
/// "(ce texte en compte 10 000)". A placeholder of a count written plain ({1}) wrote "10000" in both languages, since
/// the text formats the number it is given in the general format. Each such placeholder says N0. A count a page shows
/// on its own (a dashboard's figure, a partnership's number of initiatives) goes through <c>Display.Count</c>: written
/// bare (<c>@line.Totals.Count</c>), Blazor wrote "10000" on the English and the French page alike.
/// </summary>
public sealed partial class CountsInTextsTests
{
    [Fact]
    public void Every_count_a_text_states_is_written_with_its_digits_grouped()
    {
        var offenders = ResourceTexts.English.Select(t => ("en", t.Key, t.Value))
            .Concat(ResourceTexts.French.Select(t => ("fr", t.Key, t.Value)))
            .Where(t => PlainCountBefore().IsMatch(t.Value) || PlainCountAfter().IsMatch(t.Value))
            .Select(t => $"{t.Item1} {t.Key}: {t.Value}")
            .ToList();

        Assert.True(offenders.Count == 0, "Counts written without their digits grouped (write {n:N0}):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Every_count_a_page_shows_on_its_own_is_written_with_its_digits_grouped()
    {
        var offenders = (
            from file in WebSourceFiles.All()
            where file.Relative.EndsWith(".razor", StringComparison.Ordinal)
            from Match bare in BareCount().Matches(file.Text)
            select $"{file.Relative}: {bare.Value}").ToList();

        Assert.True(offenders.Count == 0, "Counts shown without their digits grouped (write Display.Count(…)):\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("en", "At most 300 characters (this has 10,000).")]
    [InlineData("fr", "300 caractères au plus (ce texte en compte 10\u202f000).")]
    public void A_text_too_long_says_its_length_as_the_language_writes_numbers(string language, string expected)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
        try
        {
            Assert.Equal(expected, Texts.Strings["Validation_TooLong", 300, 10_000].Value);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    /// <summary>An element's or a cell template's whole content a count alone: a member named …Count, or a commitment's initiatives on the scoreboard or completed.</summary>
    [GeneratedRegex(@">@[A-Za-z_][A-Za-z0-9_.]*(Count|\.OnScoreboard|\.Completed)<")]
    private static partial Regex BareCount();

    [GeneratedRegex(@"\{\d\}\s+(characters|caractères|funding lines|lignes de financement|contact points|points de contact|indicators|indicateurs|partners|partenaires|decisions|décisions|corrigenda|rectificatifs|rows|lignes|cells|cellules)\b")]
    private static partial Regex PlainCountBefore();

    [GeneratedRegex(@"(this has|this lists|it has|this one has|en compte|en a|il y en a|at most|au plus) \{\d\}[ ).;,]")]
    private static partial Regex PlainCountAfter();
}
