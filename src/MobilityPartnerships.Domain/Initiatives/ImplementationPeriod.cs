using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>
/// When an initiative runs, to the month: a start and an end, or a start and a duration ("end of 2010,
/// 24 months"). Either end may be to be determined.
/// </summary>
public sealed class ImplementationPeriod
{
    public const int MaxDurationMonths = 240;
    public const int NoteMaxLength = 200;
    public static readonly DateOnly EarliestMonth = new(1990, 1, 1);
    public static readonly DateOnly LatestMonth = new(2100, 12, 1);

    private ImplementationPeriod()
    {
    }

    /// <summary>First day of the first month; null when to be determined.</summary>
    public DateOnly? StartMonth { get; private set; }

    /// <summary>First day of the last month; null when to be determined.</summary>
    public DateOnly? EndMonth { get; private set; }

    public int? DurationMonths { get; private set; }

    /// <summary>Timing as the source states it, e.g. "end of 2010".</summary>
    public string? Note { get; private set; }

    public static ImplementationPeriod ToBeDetermined { get; } = new();

    public static ImplementationPeriod Create(DateOnly? startMonth, DateOnly? endMonth, int? durationMonths, string? note = null)
    {
        var start = ToMonth(startMonth, "start");
        var end = ToMonth(endMonth, "end");
        if (durationMonths is < 1 or > MaxDurationMonths)
        {
            throw new DomainRuleException("period.duration.out-of-range", $"A duration must be between 1 and {MaxDurationMonths} months.", MaxDurationMonths);
        }

        if (start is not null && end is not null && end < start)
        {
            throw new DomainRuleException("period.end-before-start", $"The end ({end:MMMM yyyy}) cannot be before the start ({start:MMMM yyyy}).", end, start);
        }

        if (start is { } s && durationMonths is { } months)
        {
            var implied = s.AddMonths(months - 1);
            if (end is not null && end != implied)
            {
                throw new DomainRuleException("period.duration.mismatch", $"A start in {s:MMMM yyyy} and {months} months end in {implied:MMMM yyyy}, not {end:MMMM yyyy}.", s, months, implied, end);
            }

            end = implied > LatestMonth
                ? throw new DomainRuleException("period.end.out-of-range", $"The end must lie between {EarliestMonth:yyyy} and {LatestMonth:yyyy}.", EarliestMonth, LatestMonth)
                : implied;
        }

        if (start is not null && end is not null && durationMonths is null)
        {
            durationMonths = ((end.Value.Year - start.Value.Year) * 12) + end.Value.Month - start.Value.Month + 1;
        }

        return new ImplementationPeriod
        {
            StartMonth = start,
            EndMonth = end,
            DurationMonths = durationMonths,
            Note = Guard.OptionalText(note, NoteMaxLength, "period.note", "The note on timing"),
        };
    }

    private static DateOnly? ToMonth(DateOnly? date, string which)
    {
        if (date is not { } d)
        {
            return null;
        }

        var month = new DateOnly(d.Year, d.Month, 1);
        return month < EarliestMonth || month > LatestMonth
            ? throw new DomainRuleException($"period.{which}.out-of-range", $"The {which} must lie between {EarliestMonth:yyyy} and {LatestMonth:yyyy}.", EarliestMonth, LatestMonth)
            : month;
    }
}
