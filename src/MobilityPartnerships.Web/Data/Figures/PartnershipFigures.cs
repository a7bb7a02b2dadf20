using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Data.Figures;

/// <summary>
/// A partnership's initiatives counted and their money summed, one row per pillar, per whether they may be shared
/// beyond the partnership and per whether archived: what a scoreboard's totals read when no filter narrows its
/// initiatives, a handful of rows whatever the partnership's size. Kept by the database from the changes of each
/// statement on initiatives and on their funding sums (<see cref="InitiativeFundingSums"/>), whatever writes them.
/// The app only reads it.
/// </summary>
public sealed class PartnershipFigures
{
    public Guid PartnershipId { get; init; }

    public Pillar Pillar { get; init; }

    public bool IsShareable { get; init; }

    public bool IsArchived { get; init; }

    /// <summary>How many initiatives the row covers (0 once all have left it).</summary>
    public int Initiatives { get; init; }

    /// <summary>How many of them have a total budget fully known (every funding line gives it).</summary>
    public int TotalBudgetComplete { get; init; }

    /// <summary>How many of them know some part of their total budget.</summary>
    public int TotalBudgetKnownParts { get; init; }

    /// <summary>The sum of the known parts (0 when none is known: <see cref="TotalBudgetKnownParts"/> says so).</summary>
    public decimal TotalBudgetKnown { get; init; }

    /// <summary>How many of them have an EU contribution fully known.</summary>
    public int EuContributionComplete { get; init; }

    /// <summary>How many of them know some part of their EU contribution.</summary>
    public int EuContributionKnownParts { get; init; }

    /// <summary>The sum of the known parts of the EU contributions.</summary>
    public decimal EuContributionKnown { get; init; }
}
