using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Commitments.Recording;

/// <summary>
/// Records a commitment of the joint declaration, after the others of its side; for those who may edit the
/// partnership (see <see cref="Operation.EditPartnership"/>).
/// </summary>
public sealed class RecordCommitment(Writes writes, IValidator<CommitmentDraft> validator)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, CommitmentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Partnership>
            {
                What = "record commitment",
                Access = (access, ct) => access.CheckPartnershipAsync(Operation.EditPartnership, partnershipId, ct),
                Validate = DraftValidation.Of(validator, draft),
                Load = (db, ct) => db.Partnerships.AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnershipId, ct),
                Apply = async (change, ct) =>
                {
                    var last = await change.Db.Commitments.Where(c => c.PartnershipId == partnershipId && c.Side == draft.Side).MaxAsync(c => (int?)c.Position, ct);
                    var commitment = Commitment.Record(change.Target, draft.Side, draft.Pillar, draft.Text, draft.Source, (last ?? -1) + 1);
                    change.Db.Commitments.Add(commitment);
                    return new WriteOutcome.Created(commitment.Id);
                },
                Fields = CommitmentDraft.Fields,
            },
            cancellationToken);
    }
}
