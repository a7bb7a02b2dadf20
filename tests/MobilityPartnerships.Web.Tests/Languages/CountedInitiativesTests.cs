using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Languages;

/// <summary>
/// A count of initiatives agrees with its noun in both languages ("1 initiative", never "1 initiatives"): sentences take
/// the count in words from <see cref="Display.Initiatives"/>, and no text puts a bare number before "initiatives".
/// </summary>
public sealed partial class CountedInitiativesTests
{
    private static readonly string Resources = Path.Combine(RepositoryPaths.Root, "src", "MobilityPartnerships.Web", "Resources");

    /// <summary>Texts that may put a number before "initiatives", and why (a text with a singular form, "X_One", may: Display.Counted chooses).</summary>
    private static readonly Dictionary<string, string> Counted = new(StringComparer.Ordinal)
    {
        ["Import_Row_TitleOfSeveral"] = "said only when two or more stored initiatives share the title",
    };

    [Theory]
    [InlineData("en", 0, "0 initiatives")]
    [InlineData("en", 1, "1 initiative")]
    [InlineData("en", 2, "2 initiatives")]
    [InlineData("en", 10000, "10,000 initiatives")]
    [InlineData("fr", 0, "0 initiative")]
    [InlineData("fr", 1, "1 initiative")]
    [InlineData("fr", 2, "2 initiatives")]
    public void A_count_of_initiatives_agrees_with_its_noun(string language, int count, string expected)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            Assert.Equal(expected, Texts.Strings.Initiatives(count).Replace('\u202f', ' ').Replace('\u00a0', ' '));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>A spreadsheet's total row counts its initiatives the same way ("Total, tous les piliers (0 initiative)").</summary>
    [Theory]
    [InlineData("en", 0, "Total, all pillars (0 initiatives)")]
    [InlineData("en", 1, "Total, all pillars (1 initiative)")]
    [InlineData("fr", 0, "Total, tous les piliers (0 initiative)")]
    [InlineData("fr", 1, "Total, tous les piliers (1 initiative)")]
    [InlineData("fr", 2, "Total, tous les piliers (2 initiatives)")]
    public void A_sheet_s_total_row_agrees_with_its_noun(string language, int count, string expected)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var label = MobilityPartnerships.Web.Features.Scoreboards.Exporting.SheetTotal.LabelOf(
                MobilityPartnerships.Web.Features.Scoreboards.Exporting.SheetTotal.AllPillars, count, MobilityPartnerships.Domain.Initiatives.Amount.Nothing, MobilityPartnerships.Domain.Initiatives.Amount.Nothing);
            Assert.Equal(expected, label);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Theory]
    [InlineData("Strings.resx")]
    [InlineData("Strings.fr.resx")]
    public void No_text_puts_a_bare_number_before_initiatives(string file)
    {
        var data = XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data").ToList();
        var names = data.Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        var bare = data
            .Where(d => BareCount().IsMatch(d.Element("value")?.Value ?? string.Empty) && !Counted.ContainsKey(d.Attribute("name")!.Value)
                && !names.Contains(d.Attribute("name")!.Value + Display.SingularSuffix))
            .Select(d => $"{d.Attribute("name")!.Value}: {d.Element("value")!.Value}")
            .ToList();

        Assert.Empty(bare);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\} initiatives\b")]
    private static partial Regex BareCount();
}
