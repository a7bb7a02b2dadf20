using System.Globalization;
using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Reads a cell giving a whole implementation period: a range ("December 2004 – June 2006", "12/2004 -
/// 06/2006", "2010–2012": January 2010 to December 2012), a start and a duration ("March 2011, 18 months",
/// "24 months from January 2012"), a start or an end alone ("starting October 2010", "until June 2012").
/// A single month or year is the whole period ("2010": January to December 2010). Rough months ("end of
/// 2010") are read as December, July ("mid") or January ("early"), and the words are kept as the note.
/// </summary>
public static partial class PeriodText
{
    /// <summary>
    /// The most places a range is tried split at (dashes and "to" words): "01-12-2004 - 30-06-2006" has five. A text with
    /// more is not read as a range, so a cell's reading costs a few passes over it, however many dashes it holds.
    /// </summary>
    public const int MaxRangeSplits = 8;

    /// <summary>Reads one period cell.</summary>
    public static PeriodReading Read(string? text)
    {
        var cleaned = CellText.Clean(text);
        if (cleaned.Length == 0)
        {
            return new PeriodReading.Blank();
        }

        if (ToBeDeterminedText.Matches(cleaned))
        {
            return new PeriodReading.ToBeDetermined();
        }

        var rest = CellText.PlainDashes(cleaned);
        var durations = Duration().Matches(rest);
        if (durations.Count > 1)
        {
            return new PeriodReading.Invalid(ResourceText.Format("Import_Value_SeveralDurations", ShownCell.Of(cleaned)));
        }

        int? months = null;
        if (durations.Count == 1)
        {
            var duration = durations[0];
            var stated = rest[duration.Groups["n"].Index..(duration.Groups["unit"].Index + duration.Groups["unit"].Length)];
            var number = int.Parse(duration.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            months = duration.Groups["unit"].Value.StartsWith('m') || duration.Groups["unit"].Value.StartsWith('M') ? number : number * 12;
            if (months is < 1 or > ImplementationPeriod.MaxDurationMonths)
            {
                return new PeriodReading.Invalid(ResourceText.Format("Import_Value_DurationOutOfRange", stated, ImplementationPeriod.MaxDurationMonths));
            }

            rest = rest.Remove(duration.Index, duration.Length);
        }

        rest = rest.Trim(' ', ',', ';', ':', '-', '(', ')', '.');
        if (rest.Length == 0)
        {
            return months is null ? NotAPeriod(cleaned) : new PeriodReading.Period(null, null, months, null);
        }

        var timing = Timing(rest, months is not null);
        return timing switch
        {
            Problem problem => new PeriodReading.Invalid(problem.Message),
            Span span => Checked(cleaned, span, months),
            _ => NotAPeriod(cleaned),
        };
    }

    /// <summary>The months a text without its duration names, trying each way of writing a period in turn.</summary>
    private static Side? Timing(string rest, bool hasDuration)
    {
        Problem? problem = null;
        if (StartPrefix().Match(rest) is { Success: true } from)
        {
            var found = Range(from.Groups["x"].Value) ?? Single(from.Groups["x"].Value, isEnd: false) switch
            {
                Known start => new Span(start, null),
                var other => other,
            };
            if (found is Span)
            {
                return found;
            }

            problem ??= found as Problem;
        }

        if (EndPrefix().Match(rest) is { Success: true } until)
        {
            var found = Single(until.Groups["x"].Value, isEnd: true) switch
            {
                Known end => new Span(null, end),
                var other => other,
            };
            if (found is Span)
            {
                return found;
            }

            problem ??= found as Problem;
        }

        var range = Between().Match(rest) is { Success: true } between
            ? Pair(between.Groups["a"].Value, between.Groups["b"].Value)
            : Range(rest);
        if (range is Span)
        {
            return range;
        }

        problem ??= range as Problem;
        var single = Single(rest, isEnd: false);
        if (single is Known known)
        {
            // With a duration the month is the start; alone it is the whole period.
            return hasDuration ? new Span(known, null) : new Span(known, Single(rest, isEnd: true) as Known);
        }

        return problem ?? single;
    }

    /// <summary>
    /// A range split at a dash or at "to", "until", "till" or "through"; null when no split reads as two months, or when
    /// the text has more than <see cref="MaxRangeSplits"/> places to split at.
    /// </summary>
    private static Side? Range(string text)
    {
        // Each split copies and reads both sides: tried at every dash of a cell of 32,767 "1-", that took minutes.
        var splits = new List<(string Left, string Right)>();
        var words = RangeWord().Matches(text);
        if (text.AsSpan().Count('-') + words.Count > MaxRangeSplits)
        {
            return null;
        }

        for (var i = text.IndexOf('-', StringComparison.Ordinal); i >= 0; i = text.IndexOf('-', i + 1))
        {
            splits.Add((text[..i], text[(i + 1)..]));
        }

        foreach (Match word in words)
        {
            splits.Add((text[..word.Index], text[(word.Index + word.Length)..]));
        }

        var readings = splits.Select(split => Pair(split.Left, split.Right)).Where(reading => reading is not null).ToList();
        var spans = readings.OfType<Span>().Distinct().ToList();
        return spans.Count switch
        {
            1 => spans[0],
            > 1 => new Problem(ResourceText.Format("Import_Value_PeriodAmbiguous", ShownCell.Of(text))),
            _ => readings.OfType<Problem>().FirstOrDefault(),
        };
    }

    private static Side? Pair(string left, string right)
    {
        var start = Single(left, isEnd: false);
        var end = Single(right, isEnd: true);
        if (start is null && end is Known { Month: { } endMonth } && MonthText.MonthWithoutYear(left.Trim()) is { } startMonth)
        {
            start = new Known(new DateOnly(endMonth.Year, startMonth, 1), null);
        }
        else if (end is null && start is Known { Month: { } startsIn } && MonthText.MonthWithoutYear(right.Trim()) is { } endMonthOnly)
        {
            end = new Known(new DateOnly(startsIn.Year, endMonthOnly, 1), null);
        }

        return (start, end) switch
        {
            (Known s, Known e) => new Span(s, e),
            (Problem p, not null) => p,
            (not null, Problem p) => p,
            _ => null,
        };
    }

    /// <summary>One month of the period: a year is its January as a start and its December as an end.</summary>
    private static Side? Single(string phrase, bool isEnd)
    {
        var trimmed = phrase.Trim(' ', ',', ';', ':');
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (ToBeDeterminedText.Matches(trimmed))
        {
            return new Known(null, null);
        }

        return MonthText.Parse(trimmed) switch
        {
            MonthReading.Month month => new Known(month.Value, null),
            MonthReading.Year year => new Known(new DateOnly(year.Value, isEnd ? 12 : 1, 1), null),
            MonthReading.Approximate approximate => new Known(approximate.Value, approximate.Note),
            MonthReading.Invalid invalid when !MonthText.SaysNotAMonth(invalid) => new Problem(invalid.Message),
            _ => null,
        };
    }

    private static PeriodReading Checked(string cleaned, Span span, int? months)
    {
        var (start, end) = (span.Start?.Month, span.End?.Month);
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                return new PeriodReading.Invalid(ResourceText.Format("Import_Value_EndBeforeStart", MonthText.Name(e), MonthText.Name(s)));
            }

            var spanned = ((e.Year - s.Year) * 12) + e.Month - s.Month + 1;
            if (months is { } stated && stated != spanned)
            {
                return new PeriodReading.Invalid(ResourceText.Counted("Import_Value_DurationMismatch", spanned, ShownCell.Of(cleaned), MonthText.Name(s), MonthText.Name(e), spanned, stated));
            }
        }

        var notes = new[] { span.Start?.Note, span.End?.Note }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var note = notes.Count == 0 ? null : string.Join(" \u2013 ", notes);
        return new PeriodReading.Period(start, end, months, note);
    }

    private static PeriodReading.Invalid NotAPeriod(string cleaned) => new(ResourceText.Format("Import_Value_NotAPeriod", ShownCell.Of(cleaned)));

    private abstract record Side;

    /// <summary>A month of the period, null when to be determined, with the rough words the cell used for it.</summary>
    private sealed record Known(DateOnly? Month, string? Note) : Side;

    private sealed record Span(Known? Start, Known? End) : Side;

    private sealed record Problem(string Message) : Side;

    [GeneratedRegex(@"(?:[,;]\s*|\(\s*|\b(?:for|over|lasting|duration(?:\s+of)?)\s*:?\s*)?(?<!\d)(?<n>\d{1,3})\s*-?\s*(?<unit>months?|mths?|mos|mois|mesi|meses|monate?n?|maanden|years?|yrs?|ans|anni|a[ñn]os|jahre?)\b\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^(?:from|starting(?:\s+(?:in|from|on))?|start|starts(?:\s+in)?|as\s+(?:of|from)|since|commencing(?:\s+in)?|beginning\s+(?:in|on))\b[\s:]+(?<x>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartPrefix();

    [GeneratedRegex(@"^(?:until|till|til|to|up\s+to|by|ending(?:\s+in)?|ends\s+in|end\s*:)\b[\s:]*(?<x>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndPrefix();

    [GeneratedRegex(@"^between\s+(?<a>.+?)\s+and\s+(?<b>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"\s+(?:to|until|till|through|thru)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeWord();
}
