using System.Globalization;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>How the pages write money, months, days and the domain's named values.</summary>
public static class Display
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>"€ 1,200.00" in English, "1 200,00 €" in French: the symbol goes where the language puts its currency, joined by a no-break space.</summary>
    public static string Euro(decimal amount) =>
        EuroSymbolAfter ? amount.ToString("N2", Culture) + "\u00a0€" : "€\u00a0" + amount.ToString("N2", Culture);

    /// <summary>Whether the current language writes the currency symbol after the amount (French does, English does not).</summary>
    public static bool EuroSymbolAfter => Culture.NumberFormat.CurrencyPositivePattern is 1 or 3;

    public static string Euro(this IStringLocalizer<Strings> localizer, decimal? amount) =>
        amount is { } value ? Euro(value) : ToBeDetermined(localizer);

    /// <summary>An initiative's amount: "€ 1,200.00", "at least € 1,200.00" when some funding lines have no figure, or "To be determined".</summary>
    public static string Amount(this IStringLocalizer<Strings> localizer, Amount amount)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return amount.IsExact ? Euro(amount.Known ?? 0m)
            : amount.Known is { } known ? localizer["Amount_AtLeast", Euro(known)]
            : ToBeDetermined(localizer);
    }

    /// <summary>A total over initiatives: "€ 1,200.00", "€ 1,200.00 + 3 not known" or "not known (3)"; over none, "€ 0.00".</summary>
    public static string Total(this IStringLocalizer<Strings> localizer, Amount total) => Total(localizer, total, TotalOf.Budget);

    /// <summary>
    /// A total of <paramref name="of"/>: as <see cref="Total(IStringLocalizer{Strings}, Amount)"/>, its "not known" agreeing with
    /// what it totals — French writes "budget total inconnu" but "contribution de l'UE inconnue".
    /// </summary>
    public static string Total(this IStringLocalizer<Strings> localizer, Amount total, TotalOf of)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return total.IsExact ? Euro(total.Known ?? 0m)
            : total.Known is { } known ? Counted(localizer, "Amount_TotalWithUnknown", total.Unknown, Euro(known), Count(total.Unknown))
            : localizer[of == TotalOf.EuContribution ? "Amount_EuContributionNotKnown" : "Amount_TotalNotKnown", Count(total.Unknown)];
    }

    /// <summary>"March 2024 – June 2025", "To be determined – June 2025", or just "To be determined" when neither end is known.</summary>
    public static string Months(this IStringLocalizer<Strings> localizer, DateOnly? start, DateOnly? end) =>
        start is null && end is null ? ToBeDetermined(localizer) : $"{Month(localizer, start)} – {Month(localizer, end)}";

    public static string Month(this IStringLocalizer<Strings> localizer, DateOnly? month) =>
        month is { } value ? value.ToString("MMMM yyyy", Culture) : ToBeDetermined(localizer);

    public static string Day(this IStringLocalizer<Strings> localizer, DateOnly? day) =>
        day is { } value ? Day(value) : localizer["Common_DateNotKnown"];

    /// <summary>
    /// A day as the page's language writes it: "1 October 2026"; in French the first of a month is an ordinal, "1er octobre
    /// 2026", then "2 octobre 2026". The one writer of a day in words: pages, mails, files, history and refusals call it.
    /// </summary>
    public static string Day(DateOnly day) =>
        Culture.TwoLetterISOLanguageName == "fr" && day.Day == 1
            ? day.ToString("d'er' MMMM yyyy", Culture)
            : day.ToString(DayPattern, Culture);

    /// <summary>
    /// The pattern a text's placeholder names a day in words with (<c>{0:d MMMM yyyy}</c> in Strings.resx); it is written by
    /// <see cref="Day(DateOnly)"/> when the text is formatted with <see cref="DayFormat"/>.
    /// </summary>
    public const string DayPattern = "d MMMM yyyy";

    /// <summary>
    /// The page's language's format, but a day (or a moment's date) whose placeholder says <see cref="DayPattern"/> is written by
    /// <see cref="Day(DateOnly)"/>: for texts with dates among their values, such as a refusal's.
    /// </summary>
    public static IFormatProvider DayFormat => new DayFormatter(Culture);

    private sealed class DayFormatter(CultureInfo culture) : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : culture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) =>
            (format, arg) switch
            {
                (DayPattern, DateOnly day) => Day(day),
                (DayPattern, DateTime moment) => Day(DateOnly.FromDateTime(moment)),
                (DayPattern, DateTimeOffset moment) => Day(DateOnly.FromDateTime(moment.DateTime)),
                (_, IFormattable formattable) => formattable.ToString(format, culture),
                _ => arg?.ToString() ?? string.Empty,
            };
    }

    public static string Day(this IStringLocalizer<Strings> localizer, DateOnly? day, DatePrecision? precision) =>
        precision == DatePrecision.Month ? Month(localizer, day) : Day(localizer, day);

    /// <summary>When a partnership's text was signed: its day or month, "signed, day not known", "not signed", or "no signed text" for a kind that has none.</summary>
    public static string Signature(this IStringLocalizer<Strings> localizer, PartnershipKind kind, DateOnly? signedOn, DatePrecision? precision) =>
        signedOn is not null ? Day(localizer, signedOn, precision)
        : precision == DatePrecision.Unknown ? localizer["Partnerships_SignedDayNotKnown"]
        : Partnership.StartsWithSignature(kind) ? localizer["Partnerships_NotSigned"]
        : localizer["Partnerships_NoSignedText"];

    /// <summary>A count as the page's language writes it: "10,001" in English, "10 001" in French.</summary>
    public static string Count(int count) => count.ToString("N0", Culture);

    /// <summary>
    /// A count of initiatives in words: "1 initiative", "14 initiatives"; in French 0 and 1 take the singular ("0 initiative").
    /// Every sentence that counts initiatives takes it whole, so none says "1 initiatives".
    /// </summary>
    public static string Initiatives(this IStringLocalizer<Strings> localizer, int count) => Counted(localizer, "Count_Initiatives", count);

    /// <summary>The ending of the key of a text's singular form: "Import_Confirm_One" beside "Import_Confirm" (the plural).</summary>
    public const string SingularSuffix = "_One";

    /// <summary>Whether a count takes the singular in the page's language: English for 1 only, French for 0 and 1 ("0 ligne").</summary>
    public static bool TakesSingular(int count) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? count is 0 or 1 : count == 1;

    /// <summary>The key of the form of <paramref name="key"/> that <paramref name="count"/> takes: "X_One" for the singular, "X" for the plural.</summary>
    public static string CountedKey(string key, int count) => TakesSingular(count) ? key + SingularSuffix : key;

    /// <summary>
    /// The one way a text that counts is written, so none says "1 rows": the text of <paramref name="key"/> in the form
    /// <paramref name="count"/> takes ("Import {0} row" or "Import {0} rows"). Its values are <paramref name="values"/>, or,
    /// when none are given, the count alone as {0}, written as <see cref="Count(int)"/> writes it.
    /// </summary>
    public static string Counted(this IStringLocalizer<Strings> localizer, string key, int count, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(values);
        return localizer[CountedKey(key, count), values.Length == 0 ? [Count(count)] : values];
    }

    /// <summary>The localised name of an enum value, from the key "TypeName_Value".</summary>
    public static string Name<TEnum>(this IStringLocalizer<Strings> localizer, TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"{typeof(TEnum).Name}_{value}"];
    }

    /// <summary>"just now", "5 minutes ago", "3 days ago", "2 months ago".</summary>
    public static string Ago(this IStringLocalizer<Strings> localizer, DateTimeOffset moment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var elapsed = now - moment;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => localizer["Ago_JustNow"],
            { TotalHours: < 1 } => localizer["Ago_Minutes", (int)elapsed.TotalMinutes],
            { TotalDays: < 1 } => localizer["Ago_Hours", (int)elapsed.TotalHours],
            { TotalDays: < 60 } => Counted(localizer, "Ago_Days", (int)elapsed.TotalDays),
            { TotalDays: < 730 } => Counted(localizer, "Ago_Months", (int)(elapsed.TotalDays / 30.4)),
            _ => Counted(localizer, "Ago_Years", (int)(elapsed.TotalDays / 365.25)),
        };
    }

    /// <summary>"today", "yesterday", "12 days ago", "3 months ago" for a day.</summary>
    public static string DaysAgo(this IStringLocalizer<Strings> localizer, DateOnly day, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var days = today.DayNumber - day.DayNumber;
        return days switch
        {
            <= 0 => localizer["Ago_Today"],
            1 => localizer["Ago_Yesterday"],
            < 60 => Counted(localizer, "Ago_Days", days),
            < 730 => Counted(localizer, "Ago_Months", (int)(days / 30.4)),
            _ => Counted(localizer, "Ago_Years", (int)(days / 365.25)),
        };
    }

    /// <summary>A label before its value, as the language punctuates it: "Status:" in English, "Statut\u00a0:" in French.</summary>
    public static string Labelled(this IStringLocalizer<Strings> localizer, string label)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer["Common_Labelled", label];
    }

    /// <summary>A value after its label, as the language punctuates it: "Period: To be determined", "Période\u00a0: À déterminer".</summary>
    public static string LabelledValue(this IStringLocalizer<Strings> localizer, string label, string value)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer["Common_LabelledValue", label, value];
    }

    /// <summary>Items on one line as the language separates them: "Sweden; Germany", "Suède\u00a0; Allemagne".</summary>
    public static string List(this IStringLocalizer<Strings> localizer, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return string.Join(localizer["Common_ListSeparator"].Value, items);
    }

    /// <summary>An initiative's lead partner, or "To be determined" when it has none: the one text every page, file and pack shows for a missing lead.</summary>
    public static string Lead(this IStringLocalizer<Strings> localizer, string? lead) => lead ?? ToBeDetermined(localizer);

    public static string ToBeDetermined(IStringLocalizer<Strings> localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer["Common_ToBeDetermined"];
    }
}
