using FluentValidation;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Status;

/// <summary>
/// A new status of the partnership, from a date, checked by the form's rules and the domain's against the version
/// the user saw: a partnership changed by someone else in between is not written, and the user is told who changed it.
/// </summary>
public sealed class ChangePartnershipStatus(Writes writes, IValidator<StatusChangeDraft> rules)
    : PartnershipDraftStep<StatusChangeDraft>(writes, rules, "change partnership status", StatusChangeDraft.Refusals)
{
    protected override void Apply(Partnership partnership, StatusChangeDraft draft) =>
        partnership.ChangeStatus(draft.Status!.Value, draft.On, draft.Source, draft.Precision);
}
