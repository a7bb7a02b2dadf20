namespace MobilityPartnerships.Domain.Partnerships;

/// <summary>What is dated within a partnership's life, named in a refusal of a date outside it ("A meeting on …").</summary>
public enum DatedInLife
{
    Meeting,
}
