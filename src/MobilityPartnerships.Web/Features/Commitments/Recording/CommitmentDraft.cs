using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Commitments.Recording;

/// <summary>A commitment of the joint declaration as the user records it: which side, under which pillar, what, and where it is written.</summary>
public sealed class CommitmentDraft
{
    /// <summary>Where the domain's refusals of a commitment show.</summary>
    public static RuleFields Fields { get; } = RuleFields.Of(
        ("commitment.text", nameof(Text)),
        ("commitment.source", nameof(Source)),
        ("commitment.side", nameof(Side)),
        ("commitment.pillar", nameof(Pillar)));

    public CommitmentSide Side { get; set; }

    public Pillar Pillar { get; set; }

    public string Text { get; set; } = string.Empty;

    public string? Source { get; set; }
}
