using System.Globalization;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>Strings.fr.resx holds a French text for every English one, and only for those, with the same placeholders.</summary>
public sealed partial class FrenchTextsTests
{
    /// <summary>
    /// Words written the same in French and in English (and the names of formats). A French text may equal its English
    /// text only when it is made of these words, placeholders and punctuation: "Commission", "Initiatives ({0})",
    /// "Task force" (the term the Commission's French texts use), "PDF", "Excel".
    /// </summary>
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
        "Code", "Commission", "Date", "Description", "Excel", "Initiative", "Initiatives", "initiative", "initiatives", "Invitation",
        "Organisation", "Organisations", "Page", "Participant", "Participants", "PDF", "Programme", "Source",
        "Task", "force", "Total", "Version",
    };

    [Fact]
    public void Every_English_text_has_a_French_text()
    {
        var missing = ResourceTexts.English.Keys.Where(key => !ResourceTexts.French.ContainsKey(key)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Strings.fr.resx has no entry for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_French_text_has_an_English_key()
    {
        var orphans = ResourceTexts.French.Keys.Where(key => !ResourceTexts.English.ContainsKey(key)).Order(StringComparer.Ordinal).ToList();

        Assert.True(orphans.Count == 0, "Strings.fr.resx has entries that Strings.resx does not have: " + string.Join(", ", orphans));
    }

    [Fact]
    public void No_French_text_is_empty()
    {
        var empty = ResourceTexts.French.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key).Order(StringComparer.Ordinal).ToList();

        Assert.True(empty.Count == 0, "These French texts are empty: " + string.Join(", ", empty));
    }

    [Fact]
    public void No_French_text_is_left_in_English()
    {
        var untranslated = ResourceTexts.English
            .Where(entry => ResourceTexts.French.TryGetValue(entry.Key, out var french) && french == entry.Value)
            .Where(entry => Words().Matches(entry.Value).Any(word => !SameInBothLanguages.Contains(word.Value)))
            .Select(entry => $"{entry.Key} ({entry.Value})")
            .ToList();

        Assert.True(untranslated.Count == 0, "These French texts are the English ones: " + string.Join("; ", untranslated));
    }

    [Fact]
    public void Each_French_text_has_the_placeholders_of_its_English_text()
    {
        var mismatches = new List<string>();
        foreach (var (key, english) in ResourceTexts.English)
        {
            if (!ResourceTexts.French.TryGetValue(key, out var french))
            {
                mismatches.Add($"{key}: no French text");
                continue;
            }

            var expected = Placeholders(english);
            var actual = Placeholders(french);
            if (!expected.SetEquals(actual))
            {
                mismatches.Add($"{key}: English {string.Join(" ", expected.Order())}, French {string.Join(" ", actual.Order())}");
            }
        }

        Assert.True(mismatches.Count == 0, "Placeholders differ: " + string.Join("; ", mismatches));
    }

    [Fact]
    public void Each_French_text_formats_with_the_values_its_English_text_takes()
    {
        var failures = new List<string>();
        foreach (var (key, english) in ResourceTexts.English)
        {
            var values = Enumerable.Range(0, Placeholders(english).Select(p => int.Parse(p[1..^1], CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max())
                .Select(index => (object)$"value{index}").ToArray();
            if (!ResourceTexts.French.TryGetValue(key, out var french))
            {
                failures.Add($"{key}: no French text");
                continue;
            }

            if (NamedPlaceholder().IsMatch(english))
            {
                continue;
            }

            try
            {
                _ = string.Format(CultureInfo.GetCultureInfo("fr"), french, values);
            }
            catch (FormatException exception)
            {
                failures.Add($"{key}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, "These French texts cannot be formatted: " + string.Join("; ", failures));
    }

    /// <summary>The values a text takes, as "{0}", "{1}": a format ("{1:d MMMM yyyy}") may differ between the languages.</summary>
    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => "{" + match.Groups["index"].Value + "}").ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(?<index>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>MudBlazor's own templates name their values ("{first_item}") and are not composite formats.</summary>
    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex NamedPlaceholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
