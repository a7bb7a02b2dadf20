using System.Text.RegularExpressions;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>The French texts use the terms of docs/glossary-fr.md: where the English text has a domain word, the French text has its French term.</summary>
public sealed partial class GlossaryTests
{
    private static readonly IReadOnlyList<GlossaryTerm> Terms = ReadGlossary();

    [Fact]
    public void The_glossary_lists_the_domain_words()
    {
        var english = Terms.SelectMany(term => term.English).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var word in new[] { "mobility partnership", "joint declaration", "scoreboard", "dashboard", "focal point", "Member State", "partner country", "minutes", "agenda", "action point", "progress update", "briefing pack" })
        {
            Assert.Contains(word, english);
        }
    }

    [Fact]
    public void Each_French_text_uses_the_glossary_term_for_each_domain_word_of_its_English_text()
    {
        var misses = new List<string>();
        foreach (var (key, english) in ResourceTexts.English.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (!ResourceTexts.French.TryGetValue(key, out var french))
            {
                misses.Add($"{key}: no French text");
                continue;
            }

            // A longer term takes its part of the text first: "common agenda on migration and mobility" is not an "agenda".
            var rest = english;
            foreach (var term in Terms)
            {
                if (!term.Pattern.IsMatch(rest))
                {
                    continue;
                }

                rest = term.Pattern.Replace(rest, match => new string('\0', match.Length));
                if (!term.French.Any(form => french.Contains(form, StringComparison.OrdinalIgnoreCase)))
                {
                    misses.Add($"{key}: \"{term.English[0]}\" should be \"{string.Join("\" or \"", term.French)}\" in \"{french}\"");
                }
            }
        }

        Assert.True(misses.Count == 0, "French texts that do not use the glossary's term:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void Scoreboard_and_dashboard_have_different_French_terms_that_are_never_swapped()
    {
        var scoreboard = Terms.Single(term => term.English.Contains("scoreboard", StringComparer.OrdinalIgnoreCase));
        var dashboard = Terms.Single(term => term.English.Contains("dashboard", StringComparer.OrdinalIgnoreCase));
        Assert.Empty(scoreboard.French.Intersect(dashboard.French, StringComparer.OrdinalIgnoreCase));

        var swapped = new List<string>();
        foreach (var (key, english) in ResourceTexts.English)
        {
            if (!ResourceTexts.French.TryGetValue(key, out var french))
            {
                continue;
            }

            if (dashboard.French.Any(form => french.Contains(form, StringComparison.OrdinalIgnoreCase)) && !dashboard.Pattern.IsMatch(english))
            {
                swapped.Add($"{key} says \"{dashboard.French[0]}\" where the English has no dashboard");
            }

            if (scoreboard.French.Any(form => french.Contains(form, StringComparison.OrdinalIgnoreCase)) && !scoreboard.Pattern.IsMatch(english))
            {
                swapped.Add($"{key} says \"{scoreboard.French[0]}\" where the English has no scoreboard");
            }
        }

        Assert.True(swapped.Count == 0, string.Join("; ", swapped));
    }

    private static List<GlossaryTerm> ReadGlossary()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "glossary-fr.md");
        var terms = new List<GlossaryTerm>();
        var inTable = false;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
            if (cells[0] == "English")
            {
                inTable = true;
                continue;
            }

            if (!inTable || cells.Length < 2 || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var english = Forms(cells[0]);
            var pattern = new Regex(
                @"\b(?:" + string.Join("|", english.OrderByDescending(form => form.Length).Select(Regex.Escape)) + @")\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            terms.Add(new GlossaryTerm(english, Forms(cells[1]), pattern));
        }

        Assert.True(terms.Count > 0, "No table English | French found in " + path);

        // Longest first, so that a term inside a longer one ("agenda" in "common agenda on migration and mobility") is not checked twice.
        return [.. terms.OrderByDescending(term => term.English.Max(form => form.Length))];
    }

    private static string[] Forms(string cell) =>
        cell.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record GlossaryTerm(string[] English, string[] French, Regex Pattern);
}
