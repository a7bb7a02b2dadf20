using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>
/// A figure as a section shows it: its localised label, its numbers, the address of the scoreboard rows behind it,
/// and an optional remark shown in words beside the count (such as "No initiative").
/// </summary>
public sealed record FigureLine(string Label, ScoreboardTotals Totals, string? Href, string TestId, string? Remark = null);
