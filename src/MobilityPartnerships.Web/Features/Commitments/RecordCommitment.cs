using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Commitments;

/// <summary>Records a commitment of the joint declaration, after the others of its side.</summary>
public sealed class RecordCommitment(CommitmentWrites writes)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, CommitmentDraft draft, CancellationToken cancellationToken) =>
        writes.WriteAsync(partnershipId, draft, async (partnership, db) =>
        {
            var last = await db.Commitments.Where(c => c.PartnershipId == partnershipId && c.Side == draft.Side).MaxAsync(c => (int?)c.Position, cancellationToken);
            var commitment = Commitment.Record(partnership, draft.Side, draft.Pillar, draft.Text, draft.Source, (last ?? -1) + 1);
            db.Commitments.Add(commitment);
            return new WriteOutcome.Created(commitment.Id);
        }, "record commitment", cancellationToken);
}
