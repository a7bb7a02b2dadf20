using MobilityPartnerships.Web.Features.Scoreboards;

namespace MobilityPartnerships.Web.Features.Dashboards;

/// <summary>A figure as a section shows it: its localised label, its numbers, and the address of the scoreboard rows behind it.</summary>
public sealed record FigureLine(string Label, ScoreboardTotals Totals, string? Href, string TestId);
