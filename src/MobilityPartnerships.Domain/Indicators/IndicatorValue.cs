using System.Globalization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Domain.Indicators;

/// <summary>
/// The value an indicator reached in a reporting period, with who reported it and when. A period has one value: a
/// wrong one is corrected, or replaced by a second report for the period once the reporter confirms; the history keeps
/// the value it replaced.
/// </summary>
public sealed class IndicatorValue
{
    public const int AuthorMaxLength = 200;

    private IndicatorValue()
    {
        ReporterName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid InitiativeId { get; private set; }

    public Guid IndicatorId { get; private set; }

    /// <summary>First day of the reporting period.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>Last day of the reporting period: the day the value is compared with the line from baseline to target.</summary>
    public DateOnly PeriodEnd { get; private set; }

    public decimal Value { get; private set; }

    public string ReporterName { get; private set; }

    public Guid? ReporterOrganisationId { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public ReportingPeriod Period => ReportingPeriod.Spanning(PeriodStart, PeriodEnd);

    /// <summary>
    /// A value for a period of the indicator that has none. <paramref name="reported"/> holds the periods the indicator
    /// already has a value for: one that overlaps this one (a half-year and one of its quarters) is refused, naming it, as
    /// the indicator would have two values for the same months (two points on the chart for one day).
    /// </summary>
    public static IndicatorValue Report(Initiative initiative, Guid indicatorId, ReportingPeriod period, decimal value, ProgressAuthor reporter, DateTimeOffset now, DayCalendar calendar, IEnumerable<ReportingPeriod> reported)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(reported);
        CheckReport(initiative, indicatorId, period, value, reporter, calendar.DayOf(now));
        if (reported.Where(p => p != period && p.Overlaps(period)).OrderBy(p => p.Start).FirstOrDefault() is { } overlapping)
        {
            throw new DomainRuleException(
                "indicator-value.period.overlaps",
                $"{period} overlaps {overlapping}, which already has a value: an indicator has one value for each month. Correct the value of {overlapping}, or report for a period that does not overlap it.",
                period,
                overlapping);
        }

        return new IndicatorValue
        {
            Id = Guid.CreateVersion7(),
            InitiativeId = initiative.Id,
            IndicatorId = indicatorId,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            Value = value,
            ReporterName = Guard.RequiredText(reporter.Name, AuthorMaxLength, "indicator-value.reporter", "The reporter's name"),
            ReporterOrganisationId = reporter.OrganisationId,
            ReportedAt = now,
        };
    }

    /// <summary>
    /// Puts a new value in place of this one, for the same period: a correction, or a second report for the period.
    /// Refused until the reporter has confirmed, having been told the value it replaces.
    /// </summary>
    public void Replace(Initiative initiative, decimal value, ProgressAuthor reporter, DateTimeOffset now, DayCalendar calendar, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        if (initiative.Id != InitiativeId)
        {
            throw new DomainRuleException("indicator-value.indicator.unknown", "That indicator is not one of this initiative's.");
        }

        if (!confirmed)
        {
            throw new DomainRuleException(
                "indicator-value.period.already-reported",
                string.Create(CultureInfo.InvariantCulture, $"{Period} already has a value, {Value:#,##0.####}, reported by {ReporterName} on {ReportedAt:d MMMM yyyy}. Confirm that the new value replaces it; the history keeps the one it replaces."),
                Period,
                Value,
                ReporterName,
                ReportedAt);
        }

        CheckReport(initiative, IndicatorId, Period, value, reporter, calendar.DayOf(now));
        Value = value;
        ReporterName = Guard.RequiredText(reporter.Name, AuthorMaxLength, "indicator-value.reporter", "The reporter's name");
        ReporterOrganisationId = reporter.OrganisationId;
        ReportedAt = now;
    }

    /// <summary>
    /// Refuses removing this value unless <paramref name="remover"/> may report the initiative's indicators. Any value may
    /// be removed, its period within the implementation or not: one reported by mistake, or one left outside the period by
    /// a change of period stored before a period had to keep its values (<see cref="Initiative.Schedule"/>), which can no
    /// longer be corrected. The history keeps the value removed.
    /// </summary>
    public void CheckRemoval(Initiative initiative, ProgressAuthor remover)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        if (initiative.Id != InitiativeId)
        {
            throw new DomainRuleException("indicator-value.indicator.unknown", "That indicator is not one of this initiative's.");
        }

        CheckReporter(initiative, remover);
    }

    private static void CheckReport(Initiative initiative, Guid indicatorId, ReportingPeriod period, decimal value, ProgressAuthor reporter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var indicator = initiative.Indicators.FirstOrDefault(i => i.Id == indicatorId)
            ?? throw new DomainRuleException("indicator-value.indicator.unknown", "That indicator is not one of this initiative's.");
        CheckReporter(initiative, reporter);
        CheckPeriod(initiative, period, today);
        indicator.CheckReportedValue(value);
    }

    /// <summary>
    /// Refuses a period outside the initiative's implementation, or one not begun by <paramref name="today"/>: the report's
    /// check of its period alone, which a write runs beside <see cref="Indicator.CheckReportedValue"/> to tell both at once.
    /// </summary>
    public static void CheckPeriod(Initiative initiative, ReportingPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(period);

        // The same rule as the query of values due (PeriodInImplementation), so that what is asked for is accepted.
        if (PeriodInImplementation.BeginsBefore(initiative.Period, period) && initiative.Period.StartMonth is { } start)
        {
            throw new DomainRuleException("indicator-value.period.before-implementation", $"{period} begins before the initiative's implementation, which starts in {start:MMMM yyyy}.", period, start);
        }

        if (PeriodInImplementation.EndsAfter(initiative.Period, period) && initiative.Period.EndMonth is { } endMonth)
        {
            throw new DomainRuleException("indicator-value.period.after-implementation", $"{period} ends after the initiative's implementation, which ends in {endMonth:MMMM yyyy}.", period, endMonth);
        }

        if (period.Start > today)
        {
            throw new DomainRuleException("indicator-value.period.future", $"{period} has not begun yet.", period);
        }
    }

    /// <summary>Only the partnership's focal point, or an organisation that leads or takes part in the initiative, reports (or removes) its indicators' values.</summary>
    private static void CheckReporter(Initiative initiative, ProgressAuthor reporter)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        var mayReport = reporter.IsFocalPoint || (reporter.OrganisationId is { } organisation && initiative.Involves(organisation));
        if (!mayReport)
        {
            throw new DomainRuleException("indicator-value.reporter.not-involved", "Only the partnership's focal point or an organisation that leads or takes part in the initiative can report its indicators.");
        }
    }
}
