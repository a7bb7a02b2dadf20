using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Comments;
using MobilityPartnerships.Web.Features.Initiatives;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Comments.Posting;

/// <summary>Posts a comment on an initiative for the current user, if the access rules let them (see <see cref="Operation.CommentOnInitiative"/>).</summary>
public sealed class PostComment(Writes writes, IValidator<CommentDraft> validator, TimeProvider clock)
{
    /// <summary>Every refusal of a comment is about its text.</summary>
    private static readonly RuleFields Fields = RuleFields.Of(("comment", nameof(CommentDraft.Text)));

    public Task<WriteOutcome> ExecuteAsync(Guid initiativeId, CommentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            InitiativePost.Of("post comment", Operation.CommentOnInitiative, initiativeId, DraftValidation.Of(validator, draft), Fields, change =>
                change.Db.InitiativeComments.Add(InitiativeComment.Post(change.Target.Id, change.Actor.UserId, change.Actor.Name, draft.Text, clock.GetUtcNow()))),
            cancellationToken);
    }
}
