using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Commitments;

/// <summary>Corrects a recorded commitment: its side, pillar, text or source; its place in the list stays.</summary>
public sealed class ReviseCommitment(CommitmentWrites writes)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, Guid commitmentId, CommitmentDraft draft, CancellationToken cancellationToken) =>
        writes.WriteAsync(partnershipId, draft, async (_, db) =>
        {
            var commitment = await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId && c.PartnershipId == partnershipId, cancellationToken);
            if (commitment is null)
            {
                return new WriteOutcome.NotFound();
            }

            commitment.Revise(draft.Side, draft.Pillar, draft.Text, draft.Source, commitment.Position);
            return new WriteOutcome.Done();
        }, "revise commitment", cancellationToken);
}
