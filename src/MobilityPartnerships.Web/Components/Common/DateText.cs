using System.Globalization;
using System.Text.RegularExpressions;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>What a month or date field asks for: a day, or a month (stored as its first day).</summary>
public enum DatePart
{
    Day,
    Month,
}

/// <summary>What the text typed into a month or date field says.</summary>
public abstract record DateReading
{
    private DateReading()
    {
    }

    /// <summary>Nothing typed: the field is cleared.</summary>
    public sealed record Empty : DateReading;

    /// <summary>A day, or a month as its first day.</summary>
    public sealed record Read(DateOnly Value) : DateReading;

    /// <summary>Not a day or month: the text key of the message (in Strings.resx) and its arguments after the typed text.</summary>
    public sealed record Refused(string MessageKey, params object[] Arguments) : DateReading;
}

/// <summary>
/// Reads what people type into a month or date field: "March 2027", "Mar 2027", "03/2027", "2027-03" for a month;
/// "5 Dec 2026", "5 December 2026", "December 5, 2026", "05/12/2026" (day first, as in Europe) and "2026-12-05" for
/// a day. Month names in the languages the import knows. A day typed into a month field gives its month; a month
/// typed into a date field is refused, asking for the day. Years have four digits.
/// </summary>
public static partial class DateText
{
    public const string NotAMonth = "DateText_NotAMonth";
    public const string NotADay = "DateText_NotADay";
    public const string NoSuchMonth = "DateText_NoSuchMonth";
    public const string NoSuchDay = "DateText_NoSuchDay";
    public const string NeedsDay = "DateText_NeedsDay";
    public const string TwoDigitYear = "DateText_TwoDigitYear";
    public const string UnknownMonthName = "DateText_UnknownMonthName";

    public static DateReading Read(string? text, DatePart part)
    {
        var typed = Spaces().Replace(text ?? string.Empty, " ").Trim();
        if (typed.Length == 0)
        {
            return new DateReading.Empty();
        }

        var plain = typed.Replace('\u2013', '-').Replace('\u2212', '-');
        if (IsoDay().Match(plain) is { Success: true } iso)
        {
            return Day(part, Number(iso, "y"), Number(iso, "m"), Number(iso, "d"));
        }

        if (NumericDay().Match(plain) is { Success: true } numeric)
        {
            return Day(part, Number(numeric, "y"), Number(numeric, "m"), Number(numeric, "d"));
        }

        if (IsoMonth().Match(plain) is { Success: true } isoMonth)
        {
            return Month(part, typed, Number(isoMonth, "y"), Number(isoMonth, "m"));
        }

        if (NumericMonth().Match(plain) is { Success: true } numericMonth)
        {
            return Month(part, typed, Number(numericMonth, "y"), Number(numericMonth, "m"));
        }

        if (NamedDayFirst().Match(plain) is { Success: true } dayFirst)
        {
            return Named(part, dayFirst);
        }

        if (NamedMonthFirst().Match(plain) is { Success: true } monthFirst)
        {
            return Named(part, monthFirst);
        }

        if (TwoDigitYears().IsMatch(plain))
        {
            return new DateReading.Refused(TwoDigitYear);
        }

        return new DateReading.Refused(part == DatePart.Month ? NotAMonth : NotADay);
    }

    /// <summary>The text a field shows for a stored value, in the reader's language; it reads back as the same value.</summary>
    public static string Write(DateOnly? value, DatePart part) =>
        value is not { } date ? string.Empty
        : part == DatePart.Month ? date.ToString("MMMM yyyy", CultureInfo.CurrentCulture)
        : Display.Day(date);

    private static DateReading Named(DatePart part, Match match)
    {
        var name = match.Groups["name"].Value;
        if (MonthNames.Find(name.TrimEnd('.')) is not { } month)
        {
            return new DateReading.Refused(UnknownMonthName, name);
        }

        var year = Number(match, "y");
        return match.Groups["d"].Success ? Day(part, year, month, Number(match, "d")) : Month(part, match.Value, year, month);
    }

    private static DateReading Day(DatePart part, int year, int month, int day)
    {
        if (month is < 1 or > 12)
        {
            return new DateReading.Refused(NoSuchMonth, month);
        }

        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new DateReading.Refused(NoSuchDay, new DateOnly(Math.Max(year, 1), month, 1).ToString("MMMM yyyy", CultureInfo.CurrentCulture), day);
        }

        return new DateReading.Read(part == DatePart.Month ? new DateOnly(year, month, 1) : new DateOnly(year, month, day));
    }

    private static DateReading Month(DatePart part, string typed, int year, int month)
    {
        if (month is < 1 or > 12)
        {
            return new DateReading.Refused(NoSuchMonth, month);
        }

        if (year < 1)
        {
            return new DateReading.Refused(part == DatePart.Month ? NotAMonth : NotADay);
        }

        var first = new DateOnly(year, month, 1);
        return part == DatePart.Month
            ? new DateReading.Read(first)
            : new DateReading.Refused(NeedsDay, first.ToString("MMMM yyyy", CultureInfo.CurrentCulture), typed);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s?(?<s>[/.\-])\s?(?<m>\d{1,2})\s?\k<s>\s?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"^(?<y>\d{4})\s?[\-/.]\s?(?<m>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s?[\-/.]\s?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonth();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?:st|nd|rd|th|er)?\.?[\s\-/]*)?(?<name>\p{L}+\.?)[\s,\-/]*(?:(?:de|del|of)\s+)?(?<y>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedDayFirst();

    [GeneratedRegex(@"^(?<name>\p{L}+\.?)\s*(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s*(?<y>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthFirst();

    [GeneratedRegex(@"^(?:(?:\d{1,2}\s?[/.\-]\s?)?\d{1,2}\s?[/.\-]\s?|(?:\d{1,2}\.?\s*)?\p{L}+\.?[\s\-/]*'?)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigitYears();
}
