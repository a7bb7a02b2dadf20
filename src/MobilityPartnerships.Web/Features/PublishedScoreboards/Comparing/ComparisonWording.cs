using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>How the comparison page writes a changed field and its values: money, months, status words and lists for people.</summary>
public static class ComparisonWording
{
    public static string Label(this IStringLocalizer<Strings> text, ComparedField field)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[InitiativeFields.Compared(field).LabelKey];
    }

    /// <summary>A value a <see cref="FieldChange"/> carries, written for people: in the field's own words when its catalogue entry has them.</summary>
    public static string Value(this IStringLocalizer<Strings> text, ComparedField field, object? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (value is not null && InitiativeFields.Compared(field).Words?.Invoke(text, value) is { } words)
        {
            return words;
        }

        return value switch
        {
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
            IReadOnlyList<string> { Count: 0 } => text["Published_NoneListed"],
            IReadOnlyList<string> list => string.Join("; ", list),
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
        ArgumentNullException.ThrowIfNull(stored);
        foreach (var role in Enum.GetValues<PartnerRole>())
        {
            var suffix = $" ({role})";
            if (stored.EndsWith(suffix, StringComparison.Ordinal))
            {
                return $"{stored[..^suffix.Length]} ({text.Name(role).ToLower(System.Globalization.CultureInfo.CurrentCulture)})";
            }
        }

        return stored;
    }
}
