using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Web.Features.Commitments.Recording;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Commitments.Revising;

/// <summary>
/// Corrects a recorded commitment: its side, pillar, text or source; its place in the list stays. For those who
/// may edit the partnership (see <see cref="Operation.EditPartnership"/>).
/// </summary>
public sealed class ReviseCommitment(Writes writes, IValidator<CommitmentDraft> validator)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, Guid commitmentId, CommitmentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Commitment>
            {
                What = "revise commitment",
                Access = (access, ct) => access.CheckPartnershipAsync(Operation.EditPartnership, partnershipId, ct),
                Validate = DraftValidation.Of(validator, draft),
                Load = (db, ct) => db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId && c.PartnershipId == partnershipId, ct),
                Apply = (change, _) =>
                {
                    change.Target.Revise(draft.Side, draft.Pillar, draft.Text, draft.Source, change.Target.Position);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Fields = CommitmentDraft.Fields,
            },
            cancellationToken);
    }
}
