using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Joining;

/// <summary>An organisation joins the partnership: as one of the original signatories, by accession, or without signing.</summary>
public sealed class AddParticipant(Writes writes, IValidator<ParticipantDraft> rules)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, uint version, ParticipantDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            PartnershipStep.Of("add participant", partnershipId, version, DraftValidation.Of(rules, draft), ParticipantDraft.Refusals, async (change, ct) =>
            {
                var organisation = await change.Db.Organisations.SingleOrDefaultAsync(o => o.Id == draft.OrganisationId, ct)
                    ?? throw new DomainRuleException("participant.organisation.unknown", "That organisation is not in the list.");
                _ = draft.Basis switch
                {
                    ParticipationBasis.OriginalSignatory => change.Target.RecordOriginalSignatory(organisation, draft.Source),
                    ParticipationBasis.Accession => change.Target.RecordAccession(organisation, draft.JoinedOn, draft.Source),
                    _ => change.Target.AddParticipant(organisation, draft.JoinedOn, draft.Source),
                };
                return new WriteOutcome.Done();
            }),
            cancellationToken);
    }
}
