using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Commitments.Reconciling;

/// <summary>A partnership's commitments, each with the initiatives on the scoreboard that carry it out.</summary>
public sealed record CommitmentReconciliation(Guid PartnershipId, string PartnershipName, bool MayRecord, IReadOnlyList<CommitmentStanding> Commitments);

/// <summary>One commitment and where it stands: the initiatives carrying it out, how many are completed, or none at all (a gap).</summary>
public sealed record CommitmentStanding(Guid Id, CommitmentSide Side, Pillar Pillar, string Text, string? Source, IReadOnlyList<CarryingInitiative> Initiatives)
{
    public int OnScoreboard => Initiatives.Count;

    public int Completed => Initiatives.Count(i => i.Status == InitiativeStatus.Completed);

    public bool HasNone => Initiatives.Count == 0;
}

public sealed record CarryingInitiative(Guid Id, string Title, InitiativeStatus Status);
