using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data.Configurations;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Indicators.Reporting;

/// <summary>
/// Reports an indicator's value for a period for the current user. Whoever may post an initiative's progress may
/// report its indicators (see <see cref="Operation.PostProgress"/>). A period has one value: reporting again for it
/// corrects that value once the user has confirmed (<see cref="IndicatorValueDraft.ReplaceConfirmed"/>), and the
/// history keeps the value replaced.
/// </summary>
public sealed class ReportIndicatorValue(Writes writes, IValidator<IndicatorValueDraft> validator, IStringLocalizer<Strings> text, TimeProvider clock, ProductCalendar calendar)
{
    private static readonly RuleFields Fields = RuleFields.Of(
        ("indicator-value.period", nameof(IndicatorValueDraft.Period)),
        ("indicator.value", nameof(IndicatorValueDraft.Value)));

    public Task<WriteOutcome> ExecuteAsync(Guid initiativeId, Guid indicatorId, IndicatorValueDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Report>
            {
                What = "report indicator value",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.PostProgress, initiativeId, ct),
                Validate = DraftValidation.Of(validator, draft),
                Fields = Fields,
                Constraints = [ConstraintRefusal.Unique(IndicatorValueConfiguration.OnePerPeriod, () => new FieldError(nameof(IndicatorValueDraft.Period), text["Indicator_ReportedMeanwhile", draft.Period?.Trim() ?? string.Empty]))],

                // Also over a draft the form refused, to tell with its refusals what only the initiative can (a period outside its implementation).
                AppliesRefusedDraft = true,

                // The initiative locked first (LockedInitiative), so a report checks the periods another report stored
                // meanwhile, and the indicator and the implementation period as they now stand; the period's value, tracked.
                Load = async (db, ct) =>
                {
                    var initiative = await LockedInitiative.LoadAsync(db, initiativeId, ct);
                    if (initiative is null || !initiative.Indicators.Any(i => i.Id == indicatorId))
                    {
                        return null;
                    }

                    if (ReportingPeriod.Parse(draft.Period) is not { } period)
                    {
                        return new Report(initiative, null, null, []);
                    }

                    var current = await db.IndicatorValues.SingleOrDefaultAsync(v => v.IndicatorId == indicatorId && v.PeriodStart == period.Start && v.PeriodEnd == period.End, ct);
                    var overlapping = await db.IndicatorValues.AsNoTracking()
                        .Where(v => v.IndicatorId == indicatorId && v.PeriodStart <= period.End && v.PeriodEnd >= period.Start)
                        .Select(v => new { v.PeriodStart, v.PeriodEnd })
                        .ToListAsync(ct);
                    return new Report(initiative, period, current, [.. overlapping.Select(v => ReportingPeriod.Spanning(v.PeriodStart, v.PeriodEnd))]);
                },
                Apply = (change, _) =>
                {
                    var (initiative, period, current, reported) = change.Target;
                    var value = IndicatorNumbers.Parse(draft.Value, draft.Notation);
                    var refusals = change.Refusals;

                    // The period's check and the value's each on their own, so that a refused period does not hide a refused value.
                    if (period is not null)
                    {
                        refusals.Check(() => IndicatorValue.CheckPeriod(initiative, period, calendar.DayOf(clock.GetUtcNow())));
                    }

                    if (value is { } number)
                    {
                        refusals.Check(() => initiative.Indicators.Single(i => i.Id == indicatorId).CheckReportedValue(number));
                    }

                    if (refusals.Any || period is null || value is null)
                    {
                        // Refused: nothing is stored, and every problem found is told.
                        return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                    }

                    var reporter = ProgressAuthor.Of(change.Actor);
                    if (current is null)
                    {
                        change.Db.IndicatorValues.Add(IndicatorValue.Report(initiative, indicatorId, period, value.Value, reporter, clock.GetUtcNow(), calendar.Days, reported));
                    }
                    else
                    {
                        current.Replace(initiative, value.Value, reporter, clock.GetUtcNow(), calendar.Days, draft.ReplaceConfirmed);
                    }

                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
            },
            cancellationToken);
    }

    /// <summary>What a report is checked against: the indicator's initiative, the period (null when the draft names none), its value if it has one, and the periods with a value that overlap it.</summary>
    private sealed record Report(Initiative Initiative, ReportingPeriod? Period, IndicatorValue? Current, IReadOnlyList<ReportingPeriod> Reported);
}
