using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>
/// The figures of a section whose values grow with the partnership (its programmes, its contributors): the leading ones
/// (at most <see cref="GetPartnershipDashboard.FiguresPerSection"/>, in the order they lead), how many values there are in
/// all, the figure of the lines that name none, and the lines of the values not listed summed as one figure (null when
/// every value is listed). Money is summed per line, so the listed figures, those not stated and the rest sum all lines.
/// </summary>
public sealed record LeadingFigures<TKey>(
    IReadOnlyList<DashboardFigure<TKey>> Leading,
    int Count,
    DashboardFigure<TKey>? NotStated,
    ScoreboardTotals? Others)
{
    /// <summary>Every figure listed one by one: the leading values, then the lines that name none.</summary>
    public IReadOnlyList<DashboardFigure<TKey>> Figures => NotStated is null ? Leading : [.. Leading, NotStated];

    /// <summary>How many values are not listed, whose lines <see cref="Others"/> sums.</summary>
    public int NotListed => Count - Leading.Count;
}
