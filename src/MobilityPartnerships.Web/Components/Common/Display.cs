using System.Globalization;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>How the pages write money, months, days and the domain's named values.</summary>
public static class Display
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static string Euro(decimal amount) => "€\u00a0" + amount.ToString("N2", Culture);

    public static string Euro(this IStringLocalizer<Strings> localizer, decimal? amount) =>
        amount is { } value ? Euro(value) : ToBeDetermined(localizer);

    public static string Month(this IStringLocalizer<Strings> localizer, DateOnly? month) =>
        month is { } value ? value.ToString("MMMM yyyy", Culture) : ToBeDetermined(localizer);

    public static string Day(this IStringLocalizer<Strings> localizer, DateOnly? day) =>
        day is { } value ? value.ToString("d MMMM yyyy", Culture) : localizer["Common_DateNotKnown"];

    public static string Day(this IStringLocalizer<Strings> localizer, DateOnly? day, DatePrecision precision) =>
        precision == DatePrecision.Month ? Month(localizer, day) : Day(localizer, day);

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
            { TotalDays: < 60 } => localizer["Ago_Days", (int)elapsed.TotalDays],
            { TotalDays: < 730 } => localizer["Ago_Months", (int)(elapsed.TotalDays / 30.4)],
            _ => localizer["Ago_Years", (int)(elapsed.TotalDays / 365.25)],
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
            < 60 => localizer["Ago_Days", days],
            < 730 => localizer["Ago_Months", (int)(days / 30.4)],
            _ => localizer["Ago_Years", (int)(days / 365.25)],
        };
    }

    public static string ToBeDetermined(IStringLocalizer<Strings> localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer["Common_ToBeDetermined"];
    }
}
