using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Commitments;

/// <summary>
/// Something one side undertakes in the partnership's joint declaration, under a pillar. Initiatives say which
/// commitment they carry out, so that a commitment nobody works on shows as a gap.
/// </summary>
public sealed class Commitment
{
    public const int TextMaxLength = 1000;
    public const int SourceMaxLength = 200;

    private Commitment()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    public CommitmentSide Side { get; private set; }

    public Pillar Pillar { get; private set; }

    public string Text { get; private set; }

    /// <summary>Where the commitment is written, such as a paragraph of the joint declaration.</summary>
    public string? Source { get; private set; }

    /// <summary>Its place in the list of its side, as the declaration orders them.</summary>
    public int Position { get; private set; }

    public uint Version { get; private set; }

    public static Commitment Record(Partnership partnership, CommitmentSide side, Pillar pillar, string text, string? source, int position)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var commitment = new Commitment { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id };
        commitment.Revise(side, pillar, text, source, position);
        return commitment;
    }

    public void Revise(CommitmentSide side, Pillar pillar, string text, string? source, int position)
    {
        Guard.Defined(side, "commitment.side", "Side");
        Guard.Defined(pillar, "commitment.pillar", "Pillar");
        var checkedText = Guard.RequiredParagraphs(text, TextMaxLength, "commitment.text", "The commitment");
        var checkedSource = Guard.OptionalText(source, SourceMaxLength, "commitment.source", "The source");
        if (position < 0)
        {
            throw new DomainRuleException("commitment.position.negative", "A commitment's position cannot be negative.");
        }

        (Side, Pillar, Text, Source, Position) = (side, pillar, checkedText, checkedSource, position);
    }
}
