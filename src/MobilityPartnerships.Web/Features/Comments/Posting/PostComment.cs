using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Comments;
using MobilityPartnerships.Domain.Initiatives;
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
            new Write<Initiative>
            {
                What = "post comment",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.CommentOnInitiative, initiativeId, ct),
                Validate = DraftValidation.Of(validator, draft),

                // Read, not changed: the comment only names the initiative.
                Load = (db, ct) => db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct),
                Apply = (change, _) =>
                {
                    change.Db.InitiativeComments.Add(InitiativeComment.Post(change.Target.Id, change.Actor.UserId, change.Actor.Name, draft.Text, clock.GetUtcNow()));
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Fields = Fields,
            },
            cancellationToken);
    }
}
