using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Features.Writing;

namespace MobilityPartnerships.Web.Features.Progress;

/// <summary>Posts a progress update on an initiative for the current user, if their organisation takes part or they are the focal point.</summary>
public sealed class PostProgressUpdate(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<ProgressDraft> validator,
    ICurrentUser user,
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
                update = ProgressUpdate.Post(initiative, new ProgressAuthor(user.Name, user.OrganisationId, user.IsFocalPoint), draft.ReportedOn!.Value, draft.Rating!.Value, draft.Narrative, today);
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
