namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>The choices the scoreboard's filters offer for one partnership.</summary>
public sealed record ScoreboardFilterOptions(
    IReadOnlyList<FilterChoice> ThematicAreas,
    IReadOnlyList<FilterChoice> LeadPartners,
    IReadOnlyList<string> Programmes,
    IReadOnlyList<FilterChoice> Contributors,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<FilterChoice> Commitments);

public sealed record FilterChoice(Guid Id, string Name);
