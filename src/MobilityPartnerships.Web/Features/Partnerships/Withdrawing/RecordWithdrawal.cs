using FluentValidation;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Withdrawing;

/// <summary>A participant leaves the partnership on a day after it joined.</summary>
public sealed class RecordWithdrawal(Writes writes, IValidator<WithdrawalDraft> rules)
    : PartnershipDraftStep<WithdrawalDraft>(writes, rules, "record withdrawal", WithdrawalDraft.Refusals)
{
    protected override void Apply(Partnership partnership, WithdrawalDraft draft) =>
        partnership.RecordWithdrawal(draft.OrganisationId, draft.LeftOn!.Value);
}
