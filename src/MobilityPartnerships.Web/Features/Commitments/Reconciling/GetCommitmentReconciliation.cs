using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Commitments.Reconciling;

/// <summary>
/// Per commitment of the partnership, the initiatives on the scoreboard (not archived) that carry it out, as far as
/// the user may read them: an initiative not to be shared counts only for the EU side. Null for a user who does not
/// read the partnership.
/// </summary>
public sealed class GetCommitmentReconciliation(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    public async Task<CommitmentReconciliation?> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.ReadPartnership, partnershipId, cancellationToken))
        {
            return null;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        var mayRecord = await access.MayAsync(Operation.EditPartnership, partnershipId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.PartnershipId == partnershipId)
            .OrderBy(c => c.Side).ThenBy(c => c.Pillar).ThenBy(c => c.Position)
            .ToListAsync(cancellationToken);
        var initiatives = await scope.Apply(db.Initiatives)
            .Where(i => i.PartnershipId == partnershipId && !i.IsArchived && i.CommitmentId != null)
            .OrderBy(i => NameOrder.Key(i.Title))
            .Select(i => new { CommitmentId = i.CommitmentId!.Value, Initiative = new CarryingInitiative(i.Id, i.Title, i.Status) })
            .ToListAsync(cancellationToken);
        var byCommitment = initiatives.ToLookup(i => i.CommitmentId, i => i.Initiative);
        return new CommitmentReconciliation(
            partnershipId,
            name,
            mayRecord,
            [.. commitments.Select(c => new CommitmentStanding(c.Id, c.Side, c.Pillar, c.Text, c.Source, [.. byCommitment[c.Id]]))]);
    }
}
