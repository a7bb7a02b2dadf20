using FluentValidation;
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
            InitiativePost.Of("post progress update", Operation.PostProgress, initiativeId, DraftValidation.Of(validator, draft), Fields, change =>
            {
                change.Db.ProgressUpdates.Add(ProgressUpdate.Post(change.Target, ProgressAuthor.Of(change.Actor), draft.ReportedOn!.Value, draft.Rating!.Value, draft.Narrative, calendar.Today, clock.GetUtcNow()));
            }),
            cancellationToken);
    }
}
