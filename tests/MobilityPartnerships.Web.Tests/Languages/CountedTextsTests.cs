using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Languages;

/// <summary>
/// A count agrees with its noun ("1 row", never "1 rows" or "1 row(s)"): a text that puts a count before a plural noun has a
/// singular form beside it, "X_One", and <see cref="Display.Counted"/> chooses between them (English: the singular for 1;
/// French: for 0 and 1). Read from Strings.resx, so a new text cannot reopen the class.
/// </summary>
public sealed partial class CountedTextsTests
{
    private static readonly string Resources = Path.Combine(RepositoryPaths.Root, "src", "MobilityPartnerships.Web", "Resources");

    /// <summary>Words after a placeholder that show it names something rather than counts: "{0} is not a field", "{0} already has".</summary>
    private static readonly HashSet<string> NotACount = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "takes", "names", "holds", "counts", "ends", "begins", "overlaps", "monitors", "appears", "lists",
        "follows", "changed", "already", "cannot",
    };

    /// <summary>Words ending in "s" that are no plural noun.</summary>
    private static readonly HashSet<string> NotAPlural = new(StringComparer.Ordinal) { "this", "its", "as", "is", "was", "has", "less" };

    /// <summary>Texts that may put a count before a plural noun without a singular form, and why: mostly, the count is never 1 (nor 0).</summary>
    private static readonly Dictionary<string, string> NeverOne = new(StringComparer.Ordinal)
    {
        ["History_OlderNotShown"] = "the number of changes a history page shows, a constant",
        ["Import_CommitmentAmbiguous"] = "said only when two or more commitments read the same",
        ["Import_Limits"] = "the import's limits, constants",
        ["Import_SeveralFundingLines"] = "said only of an initiative with two or more funding lines",
        ["Import_SeveralFundingLinesListed"] = "said only of an initiative with two or more funding lines",
        ["Import_SeveralFundingLinesWithoutSheet"] = "said only of an initiative with two or more funding lines",
        ["Import_Row_TitleOfSeveral"] = "said only when two or more stored initiatives share the title",
        ["Workbook_CellCut"] = "a cell is cut by more characters than its ending is long",
        ["Search_TooLong"] = "said only of a text longer than the limit",
        ["Circuits_TooMany"] = "the most pages one account may open, a constant",
        ["Tokens_Days"] = "the lifetimes offered, 7 to 365 days",
        ["Tokens_Validation_Lifetime"] = "the list of lifetimes offered",
        ["Tokens_Validation_TooMany"] = "the most tokens one account may have, a constant",
        ["Work_MeetingsNone"] = "GetMyWork.MeetingsWithinDays, a constant",
        ["Meeting_MinutesBeyondBounds"] = "Meeting.MaxDecisions and Meeting.DecisionMaxLength, constants",
        ["Import_Summary_Refused"] = "counts rows \"with problems\": the plural is not the noun counted (\"1 with problems\")",
    };

    [Fact]
    public void No_text_puts_a_count_before_a_plural_noun_without_its_singular()
    {
        var texts = ResourceFile("Strings.resx");
        var wrong = texts
            .Where(t => !t.Key.EndsWith(Display.SingularSuffix, StringComparison.Ordinal)
                && !texts.ContainsKey(t.Key + Display.SingularSuffix)
                && !NeverOne.ContainsKey(t.Key)
                && CountsAPluralNoun(t.Value))
            .Select(t => $"{t.Key}: {t.Value}")
            .ToList();

        Assert.True(wrong.Count == 0, "Texts that put a count before a plural noun: give each a singular form \"_One\" chosen by Display.Counted, "
            + "or write it as \"Label: {0}\":\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void The_guard_finds_a_plural_noun_after_a_count()
    {
        Assert.True(CountsAPluralNoun("Answer the {0} open questions first."));
        Assert.True(CountsAPluralNoun("{0} accepted items, then {1} open action points carried forward."));
        Assert.True(CountsAPluralNoun("{0} progress update(s) as author"));
        Assert.False(CountsAPluralNoun("{0} is not a field of this record"));
        Assert.False(CountsAPluralNoun("At most {0} characters (this has {1})."));
        Assert.False(CountsAPluralNoun("Need an update: {0}"));
        Assert.False(CountsAPluralNoun("{0} (all initiatives of the pillar)"));
    }

    [Theory]
    [InlineData("Strings.resx")]
    [InlineData("Strings.fr.resx")]
    public void Every_singular_form_has_its_plural_in_both_languages(string file)
    {
        var (texts, english) = (ResourceFile(file), ResourceFile("Strings.resx"));
        var alone = english.Keys
            .Where(k => k.EndsWith(Display.SingularSuffix, StringComparison.Ordinal))
            .Where(k => !texts.ContainsKey(k) || !texts.ContainsKey(k[..^Display.SingularSuffix.Length]))
            .ToList();

        Assert.Empty(alone);
    }

    [Theory]
    [InlineData("en", "Import_Confirm", 1, "Import 1 row")]
    [InlineData("en", "Import_Confirm", 0, "Import 0 rows")]
    [InlineData("en", "Import_Confirm", 2, "Import 2 rows")]
    [InlineData("en", "Import_Blocked_Questions", 1, "Answer the open question first.")]
    [InlineData("en", "Ago_Months", 1, "1 month ago")]
    [InlineData("en", "Organisation_UsedByProgress", 1, "1 progress update as author")]
    [InlineData("en", "Organisation_UsedByProgress", 1200, "1,200 progress updates as author")]
    [InlineData("fr", "Import_Confirm", 0, "Importer 0 ligne")]
    [InlineData("fr", "Import_Confirm", 1, "Importer 1 ligne")]
    [InlineData("fr", "Import_Confirm", 2, "Importer 2 lignes")]
    [InlineData("fr", "Ago_Years", 1, "il y a 1 an")]
    public void A_count_chooses_the_form_its_language_gives_it(string language, string key, int count, string expected)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            Assert.Equal(expected, Texts.Strings.Counted(key, count).Replace('\u202f', ' ').Replace('\u00a0', ' '));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>
    /// Whether a placeholder is followed, within three words, by a plural noun ("{0} rows", "{0} open action points",
    /// "{0} update(s)"), unless it names something ("{0} is …") or is a limit ("at most {0} characters").
    /// </summary>
    private static bool CountsAPluralNoun(string text) =>
        CountThenWords().Matches(text).Any(m =>
        {
            var before = text[..m.Index];
            var words = m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return !Limit().IsMatch(before)
                && !NotACount.Contains(words[0])
                && words.Any(w => !NotAPlural.Contains(w) && (w.EndsWith("(s)", StringComparison.Ordinal) || (w.Length > 2 && w.EndsWith('s'))));
        });

    private static Dictionary<string, string> ResourceFile(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}(?<words>(?: [\w'-]+(?:\(s\))?){1,3})")]
    private static partial Regex CountThenWords();

    /// <summary>A limit or a setting's bound before the placeholder: "at most", "at least", "more than", "up to", "between 1 and".</summary>
    [GeneratedRegex(@"(?:at most|at least|more than|longer than|up to|between 1 and) $", RegexOptions.IgnoreCase)]
    private static partial Regex Limit();
}
