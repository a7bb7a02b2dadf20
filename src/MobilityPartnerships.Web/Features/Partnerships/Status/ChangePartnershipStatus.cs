using FluentValidation;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Status;

/// <summary>
/// A new status of the partnership, from a date, checked by the form's rules and the domain's against the version
/// the user saw: a partnership changed by someone else in between is not written, and the user is told who changed it.
/// </summary>
public sealed class ChangePartnershipStatus(Writes writes, IValidator<StatusChangeDraft> rules)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, uint version, StatusChangeDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            PartnershipStep.Of("change partnership status", partnershipId, version, DraftValidation.Of(rules, draft), StatusChangeDraft.Refusals,
                PartnershipStep.Doing(partnership => partnership.ChangeStatus(draft.Status!.Value, draft.On, draft.Source, draft.Precision))),
            cancellationToken);
    }
}
