using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A day in words is written one way, by <see cref="Display.Day(DateOnly)"/>: French writes the first of a month as an
/// ordinal ("1er octobre 2026"), English does not ("1 October 2026"). Pages, date fields, moments, validators and refusals
/// all go through it; no other code writes a day by its own pattern.
/// </summary>
public sealed partial class DisplayDaysTests : IDisposable
{
    private static readonly DateOnly First = new(2026, 10, 1);
    private static readonly DateOnly Second = new(2026, 10, 2);

    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);

    [Fact]
    public void In_French_the_first_of_a_month_is_an_ordinal_and_the_other_days_are_not()
    {
        Speak("fr");
        Assert.Equal("1er octobre 2026", Display.Day(First));
        Assert.Equal("2 octobre 2026", Display.Day(Second));
        Assert.Equal("1er octobre 2026", Texts.Strings.Day(First));
        Assert.Equal("31 octobre 2026", Texts.Strings.Day(new DateOnly(2026, 10, 31)));
    }

    [Fact]
    public void In_English_the_first_of_a_month_is_a_plain_number()
    {
        Speak("en");
        Assert.Equal("1 October 2026", Display.Day(First));
        Assert.Equal("2 October 2026", Texts.Strings.Day(Second));
    }

    [Fact]
    public void A_refusal_writes_its_days_as_the_pages_do()
    {
        var refusal = new DomainRuleException("action-point.due-before-meeting", "An action point cannot be due before its meeting.", First, Second);

        Speak("fr");
        Assert.Equal("Une action de suivi ne peut pas être due le 1er octobre 2026, avant sa réunion du 2 octobre 2026.", RuleMessages.Of(Texts.Strings, refusal));
        Speak("en");
        Assert.Equal("An action point cannot be due on 1 October 2026, before its meeting on 2 October 2026.", RuleMessages.Of(Texts.Strings, refusal));
    }

    [Fact]
    public void A_moment_and_a_date_field_write_the_first_of_a_month_as_an_ordinal_in_French()
    {
        Speak("fr");
        var moments = new Moments(Options.Create(new DisplayOptions()));
        Assert.Equal("1er octobre 2026, 14:30 CEST", moments.At(new DateTimeOffset(2026, 10, 1, 12, 30, 0, TimeSpan.Zero)));

        var written = DateText.Write(First, DatePart.Day);
        Assert.Equal("1er octobre 2026", written);
        Assert.Equal(new DateReading.Read(First), DateText.Read(written, DatePart.Day));
    }

    [Fact]
    public void No_code_but_the_formatter_writes_a_day_in_words_by_its_own_pattern()
    {
        var formatter = Path.Combine("Components", "Common", "Display.cs");
        var offenders = (
            from file in WebSourceFiles.All()
            where file.Relative != formatter
            from line in file.Text.Split('\n').Select((text, index) => (Text: text, Number: index + 1))
            where DayInWords().IsMatch(line.Text)
            select $"{file.Relative}:{line.Number}: {line.Text.Trim()}").ToList();
        Assert.True(offenders.Count == 0, "A day in words written by its own pattern (call Display.Day or L.Day):\n" + string.Join('\n', offenders));

        // The texts name a day by the formatter's pattern, and only those RuleMessages formats with Display.DayFormat.
        foreach (var resources in new[] { "Strings.resx", "Strings.fr.resx" })
        {
            var path = Path.Combine(WebSourceFiles.Project, "Resources", resources);
            var placed = XDocument.Load(path).Root!.Elements("data")
                .Select(d => (Key: (string)d.Attribute("name")!, Value: d.Element("value")?.Value ?? string.Empty))
                .Where(d => DayInWords().IsMatch(d.Value))
                .ToList();
            Assert.NotEmpty(placed);
            Assert.All(placed, d => Assert.StartsWith(RuleMessages.RulePrefix, d.Key, StringComparison.Ordinal));
            Assert.All(placed, d => Assert.All(DayPlaceholder().Matches(d.Value), m => Assert.Equal(Display.DayPattern, m.Groups["format"].Value)));
        }

        Assert.Matches(DayInWords(), "value.ToString(\"d MMMM yyyy\", Culture)");
        Assert.Matches(DayInWords(), "$\"{Local(moment).ToString(\"d MMMM yyyy, HH:mm\", CultureInfo.CurrentCulture)} {Zone(moment)}\"");
        Assert.Matches(DayInWords(), "le {0:dd MMM yyyy}");
        Assert.Matches(DayInWords(), "{when:MMMM d, yyyy}");
        Assert.DoesNotMatch(DayInWords(), "value.ToString(\"MMMM yyyy\", Culture)");
    }

    private static void Speak(string language) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

    /// <summary>A date pattern with a day number beside a month in words ("d MMMM", "dd MMM", "MMMM d").</summary>
    [GeneratedRegex(@"\bd{1,2}('er')?\s*MMMM?\b|\bMMMM?\s+d{1,2}\b")]
    private static partial Regex DayInWords();

    /// <summary>A placeholder with a day in words: <c>{0:d MMMM yyyy}</c>.</summary>
    [GeneratedRegex(@"\{\d+:(?<format>[^}]*\bd{1,2}\s*MMMM?[^}]*)\}")]
    private static partial Regex DayPlaceholder();
}
