namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>
/// A figure section that lists only its leading values: how many it lists of how many there are, the rest as one line
/// (listed last, not drawn: larger than any one value, it would flatten the bars), and where each of them can be opened.
/// </summary>
public sealed record SectionCut(int Shown, int Count, FigureLine Others, string AllHref);
