namespace MobilityPartnerships.Domain.Initiatives;

public enum FundingSourceKind
{
    /// <summary>An EU programme, such as AENEAS or the thematic programme.</summary>
    EuProgramme,

    /// <summary>The contributor's own funds.</summary>
    OwnFunds,
}
