namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>The columns a scoreboard can be sorted by; each maps to an ORDER BY in the database.</summary>
public enum ScoreboardSort
{
    Title,
    ReferenceCode,
    Pillar,
    Lead,
    Status,
    Start,
    End,
    TotalBudget,
    EuContribution,
}
