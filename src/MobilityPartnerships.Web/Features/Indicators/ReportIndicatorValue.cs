using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Indicators;

/// <summary>
/// Reports an indicator's value for a period for the current user. Whoever may post an initiative's progress may
/// report its indicators (see <see cref="Operation.PostProgress"/>).
/// </summary>
public sealed class ReportIndicatorValue(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<IndicatorValueDraft> validator,
    AccessControl access,
    TimeProvider clock,
    ILogger<ReportIndicatorValue> logger)
{
    public async Task<WriteOutcome> ExecuteAsync(Guid initiativeId, Guid indicatorId, IndicatorValueDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var validation = await validator.ValidateAsync(draft, cancellationToken);
        if (!validation.IsValid)
        {
            return new WriteOutcome.Invalid(FieldError.From(validation));
        }

        if (await access.CheckInitiativeAsync(Operation.PostProgress, initiativeId, cancellationToken) is AccessDecision.Refused refused)
        {
            return new WriteOutcome.Refused(refused.Message);
        }

        var actor = await access.ActorAsync(cancellationToken);
        if (actor is null)
        {
            return new WriteOutcome.NotFound();
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var initiative = await db.Initiatives.AsNoTracking().Include(i => i.Indicators).SingleOrDefaultAsync(i => i.Id == initiativeId, cancellationToken);
            if (initiative is null || !initiative.Indicators.Any(i => i.Id == indicatorId))
            {
                return new WriteOutcome.NotFound();
            }

            IndicatorValue value;
            try
            {
                var reporter = new ProgressAuthor(actor.Name, actor.OrganisationId, actor.Role is Role.Administrator or Role.FocalPoint);
                value = IndicatorValue.Report(initiative, indicatorId, ReportingPeriod.Parse(draft.Period)!, IndicatorNumbers.Parse(draft.Value)!.Value, reporter, clock.GetUtcNow());
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(FieldOf(refusal.Rule), refusal.Message)]);
            }

            db.IndicatorValues.Add(value);
            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome.Done();
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "report indicator value"));
        }
    }

    private static string FieldOf(string rule) => rule switch
    {
        _ when rule.StartsWith("indicator-value.period", StringComparison.Ordinal) => nameof(IndicatorValueDraft.Period),
        _ when rule.StartsWith("indicator.value", StringComparison.Ordinal) => nameof(IndicatorValueDraft.Value),
        _ => FieldError.FormLevel,
    };
}
