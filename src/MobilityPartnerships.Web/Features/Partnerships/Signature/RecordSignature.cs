using FluentValidation;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Signature;

/// <summary>The signature of the joint declaration: the partnership enters implementation on that day.</summary>
public sealed class RecordSignature(Writes writes, IValidator<SignatureDraft> rules)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, uint version, SignatureDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            PartnershipStep.Of("record signature", partnershipId, version, DraftValidation.Of(rules, draft), SignatureDraft.Refusals,
                PartnershipStep.Doing(partnership => partnership.RecordSignature(draft.SignedOn!.Value, draft.Source, draft.Precision))),
            cancellationToken);
    }
}
