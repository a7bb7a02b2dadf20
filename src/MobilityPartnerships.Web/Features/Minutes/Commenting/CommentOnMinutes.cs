using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Commenting;

/// <summary>A participant comments on the draft minutes (see <see cref="Operation.CommentOnMinutes"/>), in their own name; none once the minutes are approved.</summary>
public sealed class CommentOnMinutes(Writes writes, IValidator<MinutesCommentDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, MinutesCommentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("comment on minutes", Operation.CommentOnMinutes, meetingId, seen: null, DraftValidation.Of(validator, draft), MinutesCommentDraft.Fields,
                MeetingWrite.Adding(change => MinutesComment.Post(change.Target, change.Actor.UserId, change.Actor.Name, draft.Text, clock.GetUtcNow()), comment => comment.Id)),
            cancellationToken);
    }
}
