using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
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
            new Write<Initiative>
            {
                What = "report indicator value",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.PostProgress, initiativeId, ct),
                Validate = DraftValidation.Of(validator, draft),

                // Read, not changed: untracked, so that a value is not a change of the initiative's own row.
                Load = async (db, ct) =>
                {
                    var initiative = await db.Initiatives.AsNoTracking().Include(i => i.Indicators).SingleOrDefaultAsync(i => i.Id == initiativeId, ct);
                    return initiative is not null && initiative.Indicators.Any(i => i.Id == indicatorId) ? initiative : null;
                },
                Apply = (change, _) =>
                {
                    var actor = change.Actor;
                    var reporter = new ProgressAuthor(actor.Name, actor.OrganisationId, actor.Role is Role.Administrator or Role.FocalPoint);
                    change.Db.IndicatorValues.Add(IndicatorValue.Report(change.Target, indicatorId, ReportingPeriod.Parse(draft.Period)!, IndicatorNumbers.Parse(draft.Value)!.Value, reporter, clock.GetUtcNow()));
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Fields = Fields,
            },
            cancellationToken);
    }
}
