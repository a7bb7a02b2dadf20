using System.Globalization;
using System.Text.RegularExpressions;
using MobilityPartnerships.EndToEndTests.Accessibility;
using MobilityPartnerships.EndToEndTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Languages;

/// <summary>
/// Every page and dialog of the accessibility sweep, with the demo data loaded, in the app speaking
/// <see cref="PseudoLanguage"/>: every visible text is in brackets (the app's, MudBlazor's pager and date picker,
/// Identity's), or is what users entered (the demo data's names, titles, addresses), or is a number, a date or an amount.
/// Anything else was written into the markup or the code, and a French user would read it in English.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed partial class PseudoLanguageSweepTests(PseudoLanguageApp app) : IClassFixture<PseudoLanguageApp>
{
    /// <summary>The visible text nodes of the page (or of its open dialog), one a line, in document order.</summary>
    private const string VisibleText = """
        (root) => {
            const within = root ? document.querySelector(root) : document.body;
            const page = document.documentElement.lang;
            const lines = [];
            const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.nodeValue.replace(/\s+/g, ' ').trim();
                const parent = node.parentElement;
                // Text marked as another language (the switch's "Français") is in that language on purpose.
                const inAnother = parent && (parent.closest('[lang]')?.lang ?? page) !== page;
                if (text && parent && !inAnother && !parent.closest('script, style, noscript, template, textarea') && parent.checkVisibility({ visibilityProperty: true })) {
                    lines.push(text);
                }
            }
            for (const field of within.querySelectorAll('input[placeholder], textarea[placeholder]')) {
                if (field.placeholder.trim() && field.checkVisibility({ visibilityProperty: true })) {
                    lines.push(field.placeholder.trim());
                }
            }
            return lines.join('\n');
        }
        """;

    private readonly SweptScreens screens = new(app);

    [Fact]
    public async Task Every_page_and_dialog_shows_no_text_outside_the_resources()
    {
        var language = InLanguage.Pseudo;
        var sweep = SweptScreens.PageNames.Select(name => (Name: name, Dialog: false))
            .Concat(SweptScreens.DialogNames.Select(name => (Name: name, Dialog: true)))
            .ToList();
        var shown = new (string Where, string Text)[sweep.Count];

        // A few at a time: most of a page's time is spent waiting for the server.
        await Parallel.ForEachAsync(Enumerable.Range(0, sweep.Count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, _) =>
        {
            var (name, dialog) = sweep[i];
            var page = dialog ? (await screens.OpenDialogAsync(name, language)).Page : await screens.OpenAsync(name, language);
            try
            {
                if (dialog)
                {
                    await Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
                }

                await page.WaitForTimeoutAsync(300);
                shown[i] = (dialog ? "dialog: " + name : name, await page.EvaluateAsync<string>(VisibleText, dialog ? ".mud-dialog-container" : null));
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        });

        var entered = await UserContentAsync();
        var outside = shown
            .SelectMany(s => Outside(s.Text, entered).Select(text => $"{s.Where}: {text}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(outside.Count == 0, "Visible text outside the resources:\n" + string.Join('\n', outside));
    }

    [Fact]
    public void A_text_written_into_the_markup_is_found()
    {
        var entered = new UserContent(["Mobility Partnership with Georgia", "anna.keeper@example.org"]);
        var page = "[Partnerships]\n[Rows per page:]\nMobility Partnership with Georgia\n[Led by [Sweden]]\n12 Mar 2026\n5 December 2026, 17:51 CET\n2026 Q3\n€1,200,000\nanna.keeper@example.org\nSave changes\n[Total] EUR\nMobility Partnership with Georgia[; ]anna.keeper@example.org";

        Assert.Equal(["Save changes", "EUR"], Outside(page, entered));
    }

    /// <summary>The lines of <paramref name="shown"/> left once the bracketed texts, the users' content, numbers and dates are taken out.</summary>
    private static List<string> Outside(string shown, UserContent entered)
    {
        // A bracketed text ends a piece: two names a list's separator ("[; ]") joins are read one by one.
        for (var shorter = Bracketed().Replace(shown, "\n"); shorter != shown; shorter = Bracketed().Replace(shown, "\n"))
        {
            shown = shorter;
        }

        return shown.Split('\n')
            .Select(line => line.Trim())
            .Where(line => Letters().IsMatch(entered.Without(line)))
            .ToList();
    }

    /// <summary>Every text the demo data (and what the sweep added) holds: names, titles, summaries, addresses, codes.</summary>
    private async Task<UserContent> UserContentAsync()
    {
        var columns = await app.Database.RowsAsync("""
            SELECT format('SELECT %I::text FROM %I.%I', column_name, table_schema, table_name)
            FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character')
            """);
        var values = await app.Database.RowsAsync(
            $"SELECT DISTINCT v FROM ({string.Join(" UNION ALL ", columns)}) AS texts(v) WHERE v IS NOT NULL AND length(v) BETWEEN 2 AND 4000");
        return new UserContent(values.Concat(SweptScreens.ImportSheet.Split(';', '\n')).Append(SweptScreens.ImportFileName).Append(SweptScreens.ConflictingTitle));
    }

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// Codes written the same in every language: a reporting period ("2026 Q3", as users type it; see the French
    /// glossary) and a time zone after a time ("14:30 CET", "09:00 UTC+05:30").
    /// </summary>
    [GeneratedRegex(@"\b\d{4} [QH][1-4]\b|(?<=\d{2}:\d{2} )(UTC([+-]\d{2}:\d{2})?|[A-Z]{2,5})\b")]
    private static partial Regex Codes();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letters();

    /// <summary>What users entered, and the names of months and days dates are written with.</summary>
    private sealed class UserContent
    {
        private readonly string[] values;
        private readonly Regex calendarWords;

        public UserContent(IEnumerable<string> entered)
        {
            values = entered.Select(v => Spaces().Replace(v, " ").Trim()).Where(v => v.Length >= 2 && Letters().IsMatch(v)).Distinct(StringComparer.Ordinal)
                .OrderByDescending(v => v.Length).ToArray();
            var names = new[] { CultureInfo.GetCultureInfo("en-GB"), CultureInfo.GetCultureInfo("fr-FR") }
                .SelectMany(c => c.DateTimeFormat.MonthNames.Concat(c.DateTimeFormat.AbbreviatedMonthNames).Concat(c.DateTimeFormat.MonthGenitiveNames)
                    .Concat(c.DateTimeFormat.DayNames).Concat(c.DateTimeFormat.AbbreviatedDayNames).Concat(c.DateTimeFormat.ShortestDayNames))
                .Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length).Select(n => Regex.Escape(n.TrimEnd('.')));
            calendarWords = new Regex(@"\b(" + string.Join('|', names) + @")\b\.?", RegexOptions.CultureInvariant);
        }

        /// <summary>The line without the users' content in it: a part of one of their texts, or their texts within it.</summary>
        public string Without(string line)
        {
            if (line.Length == 0 || values.Any(v => v.Length >= line.Length && WithinWords(v, line)))
            {
                return string.Empty;
            }

            foreach (var value in values)
            {
                if (value.Length <= line.Length && WithinWords(line, value))
                {
                    line = line.Replace(value, " ", StringComparison.Ordinal);
                }
            }

            return calendarWords.Replace(Codes().Replace(line, " "), " ");
        }

        /// <summary>Whether <paramref name="part"/> is in <paramref name="text"/> as whole words.</summary>
        private static bool WithinWords(string text, string part)
        {
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            {
                var end = at + part.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(part[0]))
                    && (end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(part[^1])))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
