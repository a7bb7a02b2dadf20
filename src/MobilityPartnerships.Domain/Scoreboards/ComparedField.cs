namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>The parts of a scoreboard row a comparison reports, in the order it reports them.</summary>
public enum ComparedField
{
    ReferenceCode,
    Title,
    Summary,
    Pillar,
    ThematicAreas,
    Priority,
    Commitment,
    Lead,
    ResponsibleService,
    Partners,
    Status,
    Novelty,
    Period,
    Location,
    Shareable,
    FundingLines,
    TotalBudget,
    EuContribution,

    /// <summary>A fact the versions keep by name (<see cref="PublishedInitiative.Facts"/>); <see cref="FieldChange.Fact"/> says which.</summary>
    Fact,
}
