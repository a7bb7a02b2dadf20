using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Initiatives;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Indicators.Reporting;

/// <summary>
/// Reports an indicator's value for a period for the current user. Whoever may post an initiative's progress may
/// report its indicators (see <see cref="Operation.PostProgress"/>).
/// </summary>
public sealed class ReportIndicatorValue(Writes writes, IValidator<IndicatorValueDraft> validator, TimeProvider clock)
{
    private static readonly RuleFields Fields = RuleFields.Of(
        ("indicator-value.period", nameof(IndicatorValueDraft.Period)),
        ("indicator.value", nameof(IndicatorValueDraft.Value)));

    public Task<WriteOutcome> ExecuteAsync(Guid initiativeId, Guid indicatorId, IndicatorValueDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            InitiativePost.Of(
                "report indicator value",
                Operation.PostProgress,
                initiativeId,
                DraftValidation.Of(validator, draft),
                Fields,
                change => change.Db.IndicatorValues.Add(IndicatorValue.Report(
                    change.Target, indicatorId, ReportingPeriod.Parse(draft.Period)!, IndicatorNumbers.Parse(draft.Value)!.Value, ProgressAuthor.Of(change.Actor), clock.GetUtcNow())),

                // The initiative with its indicators, untracked; none when the indicator is not one of them.
                load: async (db, ct) =>
                {
                    var initiative = await db.Initiatives.AsNoTracking().Include(i => i.Indicators).SingleOrDefaultAsync(i => i.Id == initiativeId, ct);
                    return initiative is not null && initiative.Indicators.Any(i => i.Id == indicatorId) ? initiative : null;
                }),
            cancellationToken);
    }
}
