using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>
/// How a changed part of a scoreboard row is written for people — on the comparison page and in briefing packs alike:
/// money, months, named values in words (never their codes), partners with their roles, funding lines with their sources.
/// </summary>
public static partial class ComparisonWording
{
    public static string Label(this IStringLocalizer<Strings> text, ComparedField field)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[InitiativeFields.Compared(field).LabelKey];
    }

    /// <summary>The label of a changed part: a fact's is its field's label in the catalogue of an initiative's fields.</summary>
    public static string Label(this IStringLocalizer<Strings> text, FieldChange change)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Field != ComparedField.Fact)
        {
            return text.Label(change.Field);
        }

        return InitiativeFields.FactLabelKey(change.Fact ?? string.Empty) is { } key ? text[key] : Humanise(change.Fact ?? string.Empty);
    }

    /// <summary>The value a change had before, written for people; a fact in the words of its stored value's kind.</summary>
    public static string Before(this IStringLocalizer<Strings> text, FieldChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return text.ValueOf(change, change.Before);
    }

    /// <summary>The value a change has after, written for people; a fact in the words of its stored value's kind.</summary>
    public static string After(this IStringLocalizer<Strings> text, FieldChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return text.ValueOf(change, change.After);
    }

    private static string ValueOf(this IStringLocalizer<Strings> text, FieldChange change, object? value) =>
        change is { Field: ComparedField.Fact, Fact: { } fact } && value is string { Length: > 0 } kept && InitiativeFields.FactWords(text, fact, kept) is { } words
            ? words
            : text.Value(change.Field, value);

    /// <summary>A value a <see cref="FieldChange"/> carries, written for people: in the field's own words when its catalogue entry has them.</summary>
    public static string Value(this IStringLocalizer<Strings> text, ComparedField field, object? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (value is not null && field != ComparedField.Fact && InitiativeFields.Compared(field).Words?.Invoke(text, value) is { } words)
        {
            return words;
        }

        return value switch
        {
            null when field == ComparedField.Lead => text.Lead(null),
            null => text["Published_NotStated"],
            string s when string.IsNullOrWhiteSpace(s) => text["Published_NotStated"],
            string s => s,
            decimal amount => Display.Euro(amount),
            Amount amount => text.Amount(amount),
            bool flag => flag ? text["Common_Yes"] : text["Common_No"],
            InitiativeStatus status => text.Name(status),
            Pillar pillar => text.Name(pillar),
            Novelty novelty => text.Name(novelty),
            PeriodValue period => text.Period(period.StartMonth, period.EndMonth, period.Note),
            IReadOnlyList<string> { Count: 0 } => text["Published_EmptyList"],
            IReadOnlyList<string> list => text.List(list),
            Enum named => text.Code(named.GetType().Name, named.ToString()),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>"March 2024 – June 2025", with its note after it.</summary>
    public static string Period(this IStringLocalizer<Strings> text, DateOnly? start, DateOnly? end, string? note)
    {
        ArgumentNullException.ThrowIfNull(text);
        var months = text.Months(start, end);
        return string.IsNullOrWhiteSpace(note) ? months : $"{months} ({note})";
    }

    /// <summary>"IOM (Participating)" as stored in a version, with the role in words: "IOM (participating partner)".</summary>
    public static string Partner(this IStringLocalizer<Strings> text, string stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (organisation, role) = StoredVersionText.Partner(stored);
        return role is { } known ? $"{organisation} ({text.Name(known).ToLower(System.Globalization.CultureInfo.CurrentCulture)})" : stored;
    }

    /// <summary>
    /// A funding line as a version stores it, "EuProgramme (Sweden): total 1,000.00, EU 500.00", in the reader's words:
    /// "EU programme (Sweden): total budget € 1,000.00, EU contribution € 500.00". A line in another shape is left as stored.
    /// </summary>
    public static string FundingLine(this IStringLocalizer<Strings> text, string stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (StoredVersionText.FundingLine(stored) is not { } line)
        {
            return stored;
        }

        return text["Published_FundingLine", line.Funder(kind => text.Name(kind)), Amount(text, line.TotalBudget), Amount(text, line.EuContribution)];
    }

    /// <summary>A stored code in words, from the key "Type_Code"; a code without words reads as words, never as the code.</summary>
    public static string Code(this IStringLocalizer<Strings> text, string type, string code)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = text[$"{type}_{code}"];
        return found.ResourceNotFound ? Humanise(code) : found.Value;
    }

    private static string Amount(IStringLocalizer<Strings> text, decimal? amount) => amount is { } known ? Display.Euro(known) : Display.ToBeDetermined(text);

    private static string Humanise(string name)
    {
        var words = CapitalInWord().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial System.Text.RegularExpressions.Regex CapitalInWord();
}
