using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.DemoData;

/// <summary>
/// The commitments of the demo joint declarations, linked to the initiatives that carry them out. Added only to a
/// partnership that has none yet, so loading twice adds nothing.
/// </summary>
internal static class DemoCommitments
{
    public static async Task<int> AddAsync(AppDbContext db, DemoDataSet data, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var demo in data.Partnerships.Where(p => p.Commitments is { Count: > 0 }))
        {
            var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Name == demo.Name, cancellationToken);
            if (partnership is null || await db.Commitments.AnyAsync(c => c.PartnershipId == partnership.Id, cancellationToken))
            {
                continue;
            }

            var initiatives = await db.Initiatives.Where(i => i.PartnershipId == partnership.Id).ToListAsync(cancellationToken);
            var positions = new Dictionary<CommitmentSide, int>();
            foreach (var item in demo.Commitments!)
            {
                var position = positions.GetValueOrDefault(item.Side);
                positions[item.Side] = position + 1;
                var commitment = Commitment.Record(partnership, item.Side, item.Pillar, item.Text, item.Source, position);
                db.Commitments.Add(commitment);
                foreach (var initiative in initiatives.Where(i => item.Initiatives?.Contains(i.Title) == true))
                {
                    initiative.LinkCommitment(commitment);
                }

                added++;
            }
        }

        return added;
    }
}
