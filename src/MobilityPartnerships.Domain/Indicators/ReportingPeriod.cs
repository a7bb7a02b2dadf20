using System.Globalization;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Indicators;

/// <summary>A quarter ("2026 Q3") or a half-year ("2026 H2") for which an indicator's value is reported.</summary>
public sealed record ReportingPeriod
{
    public const int EarliestYear = 1990;
    public const int LatestYear = 2100;

    private ReportingPeriod(int year, ReportingPeriodLength length, int number)
    {
        Year = year;
        Length = length;
        Number = number;
    }

    public int Year { get; }

    public ReportingPeriodLength Length { get; }

    /// <summary>1 to 4 for a quarter, 1 or 2 for a half-year.</summary>
    public int Number { get; }

    private int Months => Length == ReportingPeriodLength.Quarter ? 3 : 6;

    public DateOnly Start => new(Year, ((Number - 1) * Months) + 1, 1);

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    /// <summary>Whether the two periods share a day: a half-year and its quarters do, as does a period with itself.</summary>
    public bool Overlaps(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }

    public static ReportingPeriod Quarter(int year, int quarter) => Create(year, ReportingPeriodLength.Quarter, quarter);

    public static ReportingPeriod HalfYear(int year, int half) => Create(year, ReportingPeriodLength.HalfYear, half);

    public static ReportingPeriod Create(int year, ReportingPeriodLength length, int number)
    {
        Guard.Defined(length, "reporting-period.length", "Reporting period length");
        if (year is < EarliestYear or > LatestYear)
        {
            throw new DomainRuleException("reporting-period.year.out-of-range", $"The year must lie between {EarliestYear} and {LatestYear}.", EarliestYear, LatestYear);
        }

        var most = length == ReportingPeriodLength.Quarter ? 4 : 2;
        return number < 1 || number > most
            ? throw (length == ReportingPeriodLength.Quarter
                ? new DomainRuleException("reporting-period.number.out-of-range.quarter", "A quarter is numbered 1 to 4.")
                : new DomainRuleException("reporting-period.number.out-of-range.half-year", "A half-year is numbered 1 or 2."))
            : new ReportingPeriod(year, length, number);
    }

    /// <summary>The period that starts and ends on these days, as stored.</summary>
    public static ReportingPeriod Spanning(DateOnly start, DateOnly end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        var length = months == 3 ? ReportingPeriodLength.Quarter : ReportingPeriodLength.HalfYear;
        var period = Create(start.Year, length, ((start.Month - 1) / months) + 1);
        return period.Start == start && period.End == end
            ? period
            : throw new DomainRuleException("reporting-period.unknown", $"{start:yyyy-MM-dd} to {end:yyyy-MM-dd} is not a quarter or a half-year.", start, end);
    }

    /// <summary>Reads "2026 Q3" or "2026 H2" (case and spacing do not matter); null when the text is neither.</summary>
    public static ReportingPeriod? Parse(string? text)
    {
        var compact = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();
        if (compact.Length != 6 || !int.TryParse(compact.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !int.TryParse(compact.AsSpan(5, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        ReportingPeriodLength? length = compact[4] switch { 'Q' => ReportingPeriodLength.Quarter, 'H' => ReportingPeriodLength.HalfYear, _ => null };
        try
        {
            return length is { } l ? Create(year, l, number) : null;
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }

    /// <summary>The periods of this length from the one containing <paramref name="from"/> to the one containing <paramref name="to"/>.</summary>
    public static IReadOnlyList<ReportingPeriod> Between(ReportingPeriodLength length, DateOnly from, DateOnly to)
    {
        var months = length == ReportingPeriodLength.Quarter ? 3 : 6;
        var periods = new List<ReportingPeriod>();
        for (var start = new DateOnly(from.Year, (((from.Month - 1) / months) * months) + 1, 1); start <= to && start.Year <= LatestYear; start = start.AddMonths(months))
        {
            periods.Add(Create(start.Year, length, ((start.Month - 1) / months) + 1));
        }

        return periods;
    }

    /// <summary>The last quarter that ended before <paramref name="today"/>: the one whose values are due now.</summary>
    public static ReportingPeriod LastQuarterEndedBefore(DateOnly today)
    {
        var previous = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
        return Quarter(previous.Year, ((previous.Month - 1) / 3) + 1);
    }

    /// <summary>
    /// The period of <paramref name="cadence"/> whose value is due on <paramref name="today"/>: the one that ends with the
    /// last quarter ended (<see cref="LastQuarterEndedBefore"/>). For a half-year, null while that quarter is the first of
    /// its half: the half-year has not ended, and its first half-year was due a quarter ago.
    /// </summary>
    public static ReportingPeriod? DueOn(DateOnly today, ReportingPeriodLength cadence)
    {
        var quarter = LastQuarterEndedBefore(today);
        if (cadence == ReportingPeriodLength.Quarter)
        {
            return quarter;
        }

        var half = HalfYear(quarter.Year, quarter.Number <= 2 ? 1 : 2);
        return half.End == quarter.End ? half : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year} {(Length == ReportingPeriodLength.Quarter ? 'Q' : 'H')}{Number}");
}
