namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>What confirming the import does with a row.</summary>
public enum RowOutcome
{
    Add,
    Update,
    Unchanged,

    /// <summary>The row has problems or questions; while any row does, nothing is imported.</summary>
    Refused,
}
