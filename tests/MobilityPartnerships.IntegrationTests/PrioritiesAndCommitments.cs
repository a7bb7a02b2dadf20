using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>
/// Two priorities of the partner country and two commitments of the joint declaration recorded on a stored
/// partnership, stored through the domain; optionally one initiative serving the first priority and carrying out
/// the first commitment.
/// </summary>
internal sealed record PrioritiesAndCommitments(string Priority, string OtherPriority, Guid CommitmentId, string Commitment, Guid OtherCommitmentId, string OtherCommitment)
{
    public static async Task<PrioritiesAndCommitments> StoreAsync(DatabaseFixture fixture, Guid partnershipId, Guid? linkedInitiativeId = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await fixture.CreateContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Id == partnershipId, ct);
        const string priority = "Labour mobility of young professionals";
        const string otherPriority = "Reintegration of returning migrants";
        partnership.ReplacePriorities([priority, otherPriority]);
        var commitment = Domain.Commitments.Commitment.Record(partnership, CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, "Open seasonal work schemes to the partner country's workers", "Joint declaration, paragraph 4", 0);
        var other = Domain.Commitments.Commitment.Record(partnership, CommitmentSide.PartnerCountry, Pillar.IllegalMigration, "Readmit own nationals found staying irregularly", "Joint declaration, paragraph 9", 0);
        db.Commitments.AddRange(commitment, other);
        if (linkedInitiativeId is { } id)
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == id, ct);
            initiative.AssignPriority(partnership, priority);
            initiative.LinkCommitment(commitment);
        }

        await db.SaveChangesAsync(ct);
        return new PrioritiesAndCommitments(priority, otherPriority, commitment.Id, commitment.Text, other.Id, other.Text);
    }
}
