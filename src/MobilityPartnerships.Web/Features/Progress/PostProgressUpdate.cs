using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Progress;

/// <summary>Posts a progress update on an initiative for the current user, if the access rules let them (see <see cref="Operation.PostProgress"/>).</summary>
public sealed class PostProgressUpdate(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<ProgressDraft> validator,
    AccessControl access,
    TimeProvider clock,
    ILogger<PostProgressUpdate> logger)
{
    public async Task<WriteOutcome> ExecuteAsync(Guid initiativeId, ProgressDraft draft, CancellationToken cancellationToken)
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
            var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, cancellationToken);
            if (initiative is null)
            {
                return new WriteOutcome.NotFound();
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            ProgressUpdate update;
            try
            {
                update = ProgressUpdate.Post(initiative, new ProgressAuthor(actor.Name, actor.OrganisationId, actor.Role is Role.Administrator or Role.FocalPoint), draft.ReportedOn!.Value, draft.Rating!.Value, draft.Narrative, today);
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(refusal.Rule.StartsWith("progress.date", StringComparison.Ordinal) ? nameof(ProgressDraft.ReportedOn) : FieldError.FormLevel, refusal.Message)]);
            }

            db.ProgressUpdates.Add(update);
            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome.Done();
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "post progress update"));
        }
    }
}
