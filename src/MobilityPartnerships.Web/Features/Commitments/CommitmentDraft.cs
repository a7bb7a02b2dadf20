using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Commitments;

/// <summary>A commitment of the joint declaration as the user records it: which side, under which pillar, what, and where it is written.</summary>
public sealed class CommitmentDraft
{
    public CommitmentSide Side { get; set; }

    public Pillar Pillar { get; set; }

    public string Text { get; set; } = string.Empty;

    public string? Source { get; set; }
}
