using FluentValidation;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships;

/// <summary>
/// A step in a stored partnership's life that is one domain method taking a draft's values (a signature, a new
/// status, a withdrawal): the draft's rules, then the method on the partnership at the version the user saw; a
/// partnership changed by someone else in between is not written, and the user is told who changed it.
/// </summary>
public abstract class PartnershipDraftStep<TDraft>(Writes writes, IValidator<TDraft> rules, string what, RuleFields fields)
    where TDraft : class
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, uint version, TDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            PartnershipStep.Of(what, partnershipId, version, DraftValidation.Of(rules, draft), fields, PartnershipStep.Doing(partnership => Apply(partnership, draft))),
            cancellationToken);
    }

    /// <summary>The domain's method, given the draft once its rules are met.</summary>
    protected abstract void Apply(Partnership partnership, TDraft draft);
}
