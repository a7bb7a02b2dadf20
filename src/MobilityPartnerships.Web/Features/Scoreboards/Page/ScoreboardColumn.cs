namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>The scoreboard's columns a user may show or hide.</summary>
public enum ScoreboardColumn
{
    ReferenceCode,
    Pillar,
    Lead,
    Status,
    Period,
    Programmes,
    TotalBudget,
    EuContribution,
    Location,
}
