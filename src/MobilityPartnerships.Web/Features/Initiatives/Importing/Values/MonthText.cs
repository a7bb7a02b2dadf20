using System.Globalization;
using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Reads a month of an implementation period as officials write it: "December 2004", "dec. 2004",
/// "décembre 2004", "12/2004", "2004-12", "2004-12-01" and "01/12/2004" (day, month, year; the American
/// month-first order only where no day-first reading exists). Years have four digits; months lie between
/// 1990 and 2100, as periods do.
/// </summary>
public static partial class MonthText
{
    /// <summary>Reads one Start or End cell.</summary>
    public static MonthReading Read(string? text)
    {
        var cleaned = CellText.Clean(text);
        if (cleaned.Length == 0)
        {
            return new MonthReading.Blank();
        }

        return ToBeDeterminedText.Matches(cleaned) ? new MonthReading.ToBeDetermined() : Parse(cleaned);
    }

    /// <summary>Reads a cleaned, non-empty phrase that is not "to be determined".</summary>
    internal static MonthReading Parse(string cleaned) => Parse(cleaned, cleaned);

    /// <summary>Reads <paramref name="cleaned"/>; a message names <paramref name="shown"/>, the whole phrase the user wrote.</summary>
    private static MonthReading Parse(string cleaned, string shown)
    {
        var dashed = CellText.PlainDashes(cleaned);
        if (Approximately().Match(dashed) is { Success: true } approximately)
        {
            return Approximate(cleaned, shown, approximately.Groups["word"].Value, Parse(approximately.Groups["rest"].Value, shown));
        }

        var folded = CellText.Fold(dashed);

        if (IsoDate().Match(folded) is { Success: true } iso)
        {
            return Checked(shown, Number(iso, "y"), Number(iso, "m"), Number(iso, "d"));
        }

        if (DayMonthYear().Match(folded) is { Success: true } dated)
        {
            var (first, second) = (Number(dated, "a"), Number(dated, "b"));
            return second > 12 && first <= 12
                ? Checked(shown, Number(dated, "y"), first, second)
                : Checked(shown, Number(dated, "y"), second, first);
        }

        if (YearMonth().Match(folded) is { Success: true } yearMonth)
        {
            return Checked(shown, Number(yearMonth, "y"), Number(yearMonth, "m"), 1);
        }

        if (MonthYear().Match(folded) is { Success: true } monthYear)
        {
            return Checked(shown, Number(monthYear, "y"), Number(monthYear, "m"), 1);
        }

        if (Named().Match(folded) is { Success: true } named && MonthNames.Find(named.Groups["name"].Value) is { } month)
        {
            var day = named.Groups["d"].Success ? Number(named, "d") : 1;
            return Checked(shown, Number(named, "y"), month, day);
        }

        if (YearOnly().IsMatch(folded))
        {
            var year = int.Parse(folded, NumberStyles.None, CultureInfo.InvariantCulture);
            return InRange(year) ? new MonthReading.Year(year) : OutOfRange(shown);
        }

        return TwoDigitYear().IsMatch(folded)
            ? new MonthReading.Invalid(ResourceText.Format("Import_Value_TwoDigitYear", ShownCell.Of(shown)))
            : NotAMonth(shown);
    }

    /// <summary>The month a phrase names without a year ("March", "mars"), or null.</summary>
    internal static int? MonthWithoutYear(string cleaned)
    {
        var folded = CellText.Fold(cleaned).TrimEnd('.');
        return MonthNameOnly().IsMatch(folded) ? MonthNames.Find(folded) : null;
    }

    /// <summary>"December 2004", "décembre 2004": how messages name a month, in the user's language.</summary>
    internal static string Name(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    private static MonthReading Approximate(string cleaned, string shown, string word, MonthReading inner) => inner switch
    {
        MonthReading.Year { Value: var year } => new MonthReading.Approximate(new DateOnly(year, MonthOf(word), 1), cleaned),
        MonthReading.Month { Value: var month } => new MonthReading.Approximate(month, cleaned),
        MonthReading.Invalid invalid => invalid,
        _ => NotAMonth(shown),
    };

    /// <summary>Early or beginning: January. Mid or middle: July. End or late: December.</summary>
    private static int MonthOf(string word) =>
        word.StartsWith("mid", StringComparison.OrdinalIgnoreCase) ? 7
        : word.Contains("end", StringComparison.OrdinalIgnoreCase) || word.StartsWith("late", StringComparison.OrdinalIgnoreCase) ? 12
        : 1;

    private static MonthReading Checked(string shown, int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || (InRange(year) && day > DateTime.DaysInMonth(year, month)))
        {
            return NotAMonth(shown);
        }

        return InRange(year) ? new MonthReading.Month(new DateOnly(year, month, 1)) : OutOfRange(shown);
    }

    private static bool InRange(int year) => year >= ImplementationPeriod.EarliestMonth.Year && year <= ImplementationPeriod.LatestMonth.Year;

    private static MonthReading.Invalid OutOfRange(string shown) =>
        new(ResourceText.Format("Import_Value_YearOutOfRange", ShownCell.Of(shown), Year(ImplementationPeriod.EarliestMonth.Year), Year(ImplementationPeriod.LatestMonth.Year)));

    /// <summary>Whether a message says only that the text is not a month, rather than naming a more precise problem.</summary>
    internal static bool SaysNotAMonth(MonthReading.Invalid invalid) => invalid.OnlyNotAMonth;

    /// <summary>"12/2004" is not a month: said of a text, or of a serial number a cell holds.</summary>
    internal static MonthReading.Invalid NotAMonth(string shown) => new(ResourceText.Format("Import_Value_NotAMonth", ShownCell.Of(shown))) { OnlyNotAMonth = true };

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<word>early|beginning\s+of|beginning|start\s+of|middle\s+of|mid|end\s+of|end|late|by\s+the\s+end\s+of|towards\s+the\s+end\s+of)\b[\s\-]*(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Approximately();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<s>[\-/.])(?<b>\d{1,2})\k<s>(?<y>\d{4})(?:\s\d{1,2}:\d{2}(?::\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[\-/.]\s*(?<m>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*[\-/.]\s*(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?:st|nd|rd|th|er|\.)?[\s.\-/]*)?(?<name>\p{L}+)\.?[\s,\-/]*(?:(?:de|del|of)\s+)?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:(?:\d{1,2}[\-/.])?\d{1,2}[\-/.]|\p{L}+\.?[\s\-/]*'?)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^\p{L}+$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameOnly();
}
