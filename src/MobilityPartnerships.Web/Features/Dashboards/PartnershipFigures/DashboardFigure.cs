using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>
/// One figure of a dashboard: what it counts (a pillar, a status, a programme…), how many initiatives and how much money,
/// and the scoreboard query that opens exactly those initiatives; null when no scoreboard filter can name them.
/// </summary>
public sealed record DashboardFigure<TKey>(TKey Key, string Label, ScoreboardTotals Totals, ScoreboardQuery? Opens);
