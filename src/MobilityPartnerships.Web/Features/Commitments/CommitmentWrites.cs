using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Commitments;

/// <summary>
/// The one way a partnership's commitments are stored: the right to edit the partnership first (see
/// <see cref="Operation.EditPartnership"/>), then the form's rules, then the domain's. Nothing is stored on a refusal.
/// </summary>
public sealed class CommitmentWrites(IDbContextFactory<AppDbContext> contexts, IValidator<CommitmentDraft> rules, AccessControl access, ILogger<CommitmentWrites> logger)
{
    public async Task<WriteOutcome> WriteAsync(Guid partnershipId, CommitmentDraft draft, Func<Partnership, AppDbContext, Task<WriteOutcome>> apply, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(apply);
        switch (await access.CheckPartnershipAsync(Operation.EditPartnership, partnershipId, cancellationToken))
        {
            case AccessDecision.Refused refused:
                return new WriteOutcome.Refused(refused.Message);
            case AccessDecision.Missing:
                return new WriteOutcome.NotFound();
        }

        var validation = await rules.ValidateAsync(draft, cancellationToken);
        if (!validation.IsValid)
        {
            return new WriteOutcome.Invalid(FieldError.From(validation));
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var partnership = await db.Partnerships.AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
            if (partnership is null)
            {
                return new WriteOutcome.NotFound();
            }

            WriteOutcome outcome;
            try
            {
                outcome = await apply(partnership, db);
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(FieldOf(refusal.Rule), refusal.Message)]);
            }

            if (outcome is WriteOutcome.Done or WriteOutcome.Created)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return new WriteOutcome.Stale(null, null);
                }
            }

            return outcome;
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, what));
        }
    }

    private static string FieldOf(string rule) => rule switch
    {
        _ when rule.StartsWith("commitment.text", StringComparison.Ordinal) => nameof(CommitmentDraft.Text),
        _ when rule.StartsWith("commitment.source", StringComparison.Ordinal) => nameof(CommitmentDraft.Source),
        _ when rule.StartsWith("commitment.side", StringComparison.Ordinal) => nameof(CommitmentDraft.Side),
        _ when rule.StartsWith("commitment.pillar", StringComparison.Ordinal) => nameof(CommitmentDraft.Pillar),
        _ => FieldError.FormLevel,
    };
}
