using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>
/// A partnership's figures, all over the initiatives its scoreboard shows unfiltered (so the totals are the scoreboard's).
/// Per pillar the figures partition those initiatives; per thematic area they overlap, as an initiative counts under each of its areas.
/// Per partner-country priority they overlap no more than they cover: an initiative serves at most one priority, and some serve none.
/// Funding by programme and by contributor sums the funding lines of that programme or contributor, while its count is of the initiatives with such a line;
/// each lists its leading values only, the lines of the rest summed as one figure.
/// </summary>
public sealed record PartnershipDashboard(
    Guid PartnershipId,
    string Name,
    DateOnly Today,
    int StaleAfterDays,
    DashboardFigure<bool> All,
    IReadOnlyList<DashboardFigure<Pillar>> Pillars,
    IReadOnlyList<DashboardFigure<AreaKey>> ThematicAreas,
    IReadOnlyList<DashboardFigure<Novelty>> Novelty,
    IReadOnlyList<DashboardFigure<InitiativeStatus>> Statuses,
    IReadOnlyList<DashboardFigure<LatestRating>> Ratings,
    DashboardFigure<bool> NeedsUpdate,
    DashboardFigure<bool> Late,
    LeadingFigures<string?> Programmes,
    LeadingFigures<Guid?> Contributors,
    IReadOnlyList<DashboardFigure<string>> Priorities,
    IReadOnlyList<TimelineRow> Timeline)
{
    /// <summary>Every figure that opens a filtered scoreboard, with the count it shows.</summary>
    public IEnumerable<(string Label, int Count, ScoreboardQuery Opens)> Links()
    {
        IEnumerable<(string, int, ScoreboardQuery?)> all =
        [
            (All.Label, All.Totals.Count, All.Opens),
            .. Pillars.Select(f => (f.Label, f.Totals.Count, f.Opens)),
            .. ThematicAreas.Select(f => (f.Label, f.Totals.Count, f.Opens)),
            .. Novelty.Select(f => (f.Label, f.Totals.Count, f.Opens)),
            .. Statuses.Select(f => (f.Label, f.Totals.Count, f.Opens)),
            .. Ratings.Select(f => (f.Label, f.Totals.Count, f.Opens)),
            (NeedsUpdate.Label, NeedsUpdate.Totals.Count, NeedsUpdate.Opens),
            (Late.Label, Late.Totals.Count, Late.Opens),
            .. Programmes.Figures.Select(f => (f.Label, f.Totals.Count, f.Opens)),
            .. Contributors.Figures.Select(f => (f.Label, f.Totals.Count, f.Opens)),
            .. Priorities.Select(f => (f.Label, f.Totals.Count, f.Opens)),
        ];
        return all.Where(f => f.Item3 is not null).Select(f => (f.Item1, f.Item2, f.Item3!));
    }
}

/// <summary>A thematic area as a dashboard figure's key: its id and the pillar it belongs to.</summary>
public sealed record AreaKey(Guid Id, Pillar Pillar);
