using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Progress.Posting;

/// <summary>Posts a progress update on an initiative for the current user, if the access rules let them (see <see cref="Operation.PostProgress"/>).</summary>
public sealed class PostProgressUpdate(Writes writes, IValidator<ProgressDraft> validator, ProductCalendar calendar, TimeProvider clock)
{
    private static readonly RuleFields Fields = RuleFields.Of(("progress.date", nameof(ProgressDraft.ReportedOn)), ("progress.rating", nameof(ProgressDraft.Rating)));

    public Task<WriteOutcome> ExecuteAsync(Guid initiativeId, ProgressDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            InitiativePost.Of(
                "post progress update",
                Operation.PostProgress,
                initiativeId,
                DraftValidation.Of(validator, draft),
                Fields,
                change =>
                {
                    // Also over a draft the form refused, to tell with its refusals what only the initiative can (a "Completed" before its status).
                    if (draft.ReportedOn is { } day && draft.Rating is { } rating
                        && change.Refusals.Check(() => ProgressUpdate.Post(change.Target, ProgressAuthor.Of(change.Actor), day, rating, draft.Narrative, calendar.Today, clock.GetUtcNow())) is { } update)
                    {
                        change.Db.ProgressUpdates.Add(update);
                    }
                },
                // The initiative's row locked to share it, to the end of the write: a status change being saved (which locks
                // it to update it) is waited for, so the rating is checked against the status stored, and the other way round.
                load: (db, ct) => db.Initiatives.FromSql($"SELECT i.*, i.xmin FROM initiatives i WHERE i.id = {initiativeId} FOR SHARE").AsNoTracking().SingleOrDefaultAsync(ct),
                appliesRefusedDraft: true),
            cancellationToken);
    }
}
