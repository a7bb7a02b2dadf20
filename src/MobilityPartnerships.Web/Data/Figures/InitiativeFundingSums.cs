namespace MobilityPartnerships.Web.Data.Figures;

/// <summary>
/// An initiative's funding lines summed, kept by the database (triggers on funding_lines, whatever writes them), so
/// that a scoreboard's rows and totals and the partnership list read one row per initiative instead of summing its
/// lines in a subquery per initiative. An initiative without lines has no row: its amounts are not known at all.
/// The app only reads it.
/// </summary>
public sealed class InitiativeFundingSums
{
    public Guid InitiativeId { get; init; }

    /// <summary>How many funding lines the initiative has (at least one: no lines, no row).</summary>
    public int Lines { get; init; }

    /// <summary>The sum of the lines' known total budgets; null when no line has one.</summary>
    public decimal? TotalBudgetKnown { get; init; }

    /// <summary>How many lines do not give a total budget.</summary>
    public int TotalBudgetUnknown { get; init; }

    /// <summary>The sum of the lines' known EU contributions; null when no line has one.</summary>
    public decimal? EuContributionKnown { get; init; }

    /// <summary>How many lines do not give an EU contribution.</summary>
    public int EuContributionUnknown { get; init; }
}
