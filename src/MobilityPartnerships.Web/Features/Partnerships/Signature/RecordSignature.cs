using FluentValidation;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Signature;

/// <summary>The signature of the joint declaration: the partnership enters implementation on that day.</summary>
public sealed class RecordSignature(Writes writes, IValidator<SignatureDraft> rules)
    : PartnershipDraftStep<SignatureDraft>(writes, rules, "record signature", SignatureDraft.Refusals)
{
    protected override void Apply(Partnership partnership, SignatureDraft draft) =>
        partnership.RecordSignature(draft.SignedOn!.Value, draft.Source, draft.Precision);
}
