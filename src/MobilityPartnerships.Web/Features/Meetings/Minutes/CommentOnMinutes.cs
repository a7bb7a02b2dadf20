using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>A participant comments on the draft minutes (see <see cref="Operation.CommentOnMinutes"/>), in their own name; none once the minutes are approved.</summary>
public sealed class CommentOnMinutes(Writes writes, IValidator<MinutesCommentDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, MinutesCommentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Meeting>
            {
                What = "comment on minutes",
                Access = MeetingWrite.Access(Operation.CommentOnMinutes, meetingId),
                Validate = DraftValidation.Of(validator, draft),
                Load = MeetingWrite.Load(meetingId),
                Apply = (change, _) =>
                {
                    var comment = MinutesComment.Post(change.Target, change.Actor.UserId, change.Actor.Name, draft.Text, clock.GetUtcNow());
                    change.Db.MinutesComments.Add(comment);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Created(comment.Id));
                },
                Fields = MinutesCommentDraft.Fields,
            },
            cancellationToken);
    }
}
