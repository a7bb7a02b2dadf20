using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Progress.Posting;

/// <summary>Posts a progress update on an initiative for the current user, if the access rules let them (see <see cref="Operation.PostProgress"/>).</summary>
public sealed class PostProgressUpdate(Writes writes, IValidator<ProgressDraft> validator, TimeProvider clock)
{
    private static readonly RuleFields Fields = RuleFields.Of(("progress.date", nameof(ProgressDraft.ReportedOn)));

    public Task<WriteOutcome> ExecuteAsync(Guid initiativeId, ProgressDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Initiative>
            {
                What = "post progress update",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.PostProgress, initiativeId, ct),
                Validate = DraftValidation.Of(validator, draft),

                // Read, not changed: untracked, so that an update is not a change of the initiative's own row.
                Load = (db, ct) => db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct),
                Apply = (change, _) =>
                {
                    var actor = change.Actor;
                    var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                    var author = new ProgressAuthor(actor.Name, actor.OrganisationId, actor.Role is Role.Administrator or Role.FocalPoint);
                    change.Db.ProgressUpdates.Add(ProgressUpdate.Post(change.Target, author, draft.ReportedOn!.Value, draft.Rating!.Value, draft.Narrative, today));
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Fields = Fields,
            },
            cancellationToken);
    }
}
