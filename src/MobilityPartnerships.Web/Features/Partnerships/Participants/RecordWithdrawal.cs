using FluentValidation;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Participants;

/// <summary>A participant leaves the partnership on a day after it joined.</summary>
public sealed class RecordWithdrawal(Writes writes, IValidator<WithdrawalDraft> rules)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, uint version, WithdrawalDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            PartnershipStep.Of("record withdrawal", partnershipId, version, DraftValidation.Of(rules, draft), WithdrawalDraft.Refusals,
                PartnershipStep.Doing(partnership => partnership.RecordWithdrawal(draft.OrganisationId, draft.LeftOn!.Value))),
            cancellationToken);
    }
}
