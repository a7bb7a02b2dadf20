using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>A participant comments on the draft minutes (see <see cref="Operation.CommentOnMinutes"/>), in their own name; none once the minutes are approved.</summary>
public sealed class CommentOnMinutes(MeetingWrites writes, IValidator<MinutesCommentDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, MinutesCommentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.WriteAsync(Operation.CommentOnMinutes, meetingId, null, validator, draft, refusal => refusal.Rule.StartsWith("minutes.comment.text", StringComparison.Ordinal) ? nameof(MinutesCommentDraft.Text) : FieldError.FormLevel, change =>
        {
            var comment = MinutesComment.Post(change.Meeting, change.Actor.UserId, change.Actor.Name, draft.Text, clock.GetUtcNow());
            change.Db.MinutesComments.Add(comment);
            return Task.FromResult<WriteOutcome>(new WriteOutcome.Created(comment.Id));
        }, "comment on minutes", cancellationToken);
    }
}
