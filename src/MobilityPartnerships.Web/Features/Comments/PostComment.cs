using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Comments;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Comments;

/// <summary>Posts a comment on an initiative for the current user, if the access rules let them (see <see cref="Operation.CommentOnInitiative"/>).</summary>
public sealed class PostComment(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<CommentDraft> validator,
    AccessControl access,
    TimeProvider clock,
    ILogger<PostComment> logger)
{
    public async Task<WriteOutcome> ExecuteAsync(Guid initiativeId, CommentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var validation = await validator.ValidateAsync(draft, cancellationToken);
        if (!validation.IsValid)
        {
            return new WriteOutcome.Invalid(FieldError.From(validation));
        }

        switch (await access.CheckInitiativeAsync(Operation.CommentOnInitiative, initiativeId, cancellationToken))
        {
            case AccessDecision.Refused refused:
                return new WriteOutcome.Refused(refused.Message);
            case AccessDecision.Missing:
                return new WriteOutcome.NotFound();
        }

        if (await access.ActorAsync(cancellationToken) is not { } actor)
        {
            return new WriteOutcome.NotFound();
        }

        try
        {
            InitiativeComment comment;
            try
            {
                comment = InitiativeComment.Post(initiativeId, actor.UserId, actor.Name, draft.Text, clock.GetUtcNow());
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(nameof(CommentDraft.Text), refusal.Message)]);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.InitiativeComments.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome.Done();
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "post comment"));
        }
    }
}
