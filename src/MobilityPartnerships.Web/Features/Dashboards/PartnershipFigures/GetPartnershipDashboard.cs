using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>
/// A partnership's dashboard, summed in PostgreSQL over exactly the initiatives of its unfiltered scoreboard (the same
/// read scope and the same <see cref="ScoreboardFilter"/>), so that every figure is a scoreboard figure and each
/// figure's filters open exactly the initiatives it counts.
/// </summary>
public sealed class GetPartnershipDashboard(LaggingReads contexts, AccessControl access, ProductCalendar calendar, IOptions<ProgressOptions> progress)
{
    /// <summary>The most initiatives of one pillar the timeline draws.</summary>
    public const int TimelineRowsPerPillar = 25;

    /// <summary>The most programmes, or contributors, a funding section lists one by one; the lines of the rest are summed as one figure.</summary>
    public const int FiguresPerSection = 15;

    /// <summary>The dashboard, or null when there is no partnership the user may see.</summary>
    public async Task<PartnershipDashboard?> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnership = await scope.Apply(db.Partnerships.AsNoTracking()).Where(p => p.Id == partnershipId)
            .Select(p => new { p.Name, Priorities = EF.Property<List<string>>(p, "priorities") })
            .SingleOrDefaultAsync(cancellationToken);
        if (partnership is null)
        {
            return null;
        }

        var name = partnership.Name;

        var rules = ScoreboardRules.Now(calendar, progress);
        var updates = db.ProgressUpdates.AsNoTracking();
        var visible = scope.Apply(db.Initiatives.AsNoTracking());
        var all = new ScoreboardQuery { PartnershipId = partnershipId };
        IQueryable<Initiative> Matching(ScoreboardQuery query) => ScoreboardFilter.Apply(visible, updates, query, rules);
        var initiatives = Matching(all);

        // Per pillar: a partition of the scoreboard, summed as the scoreboard sums its pillars.
        var money = InitiativeMoney.Of(db, initiatives);
        var pillarRows = await money
            .GroupBy(x => x.Pillar)
            .Select(g => new Sums<Pillar>(g.Key, g.Count(), (g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null), g.Count(x => x.TotalIncomplete), (g.Count(x => x.Eu != null) > 0 ? g.Sum(x => x.Eu) : null), g.Count(x => x.EuIncomplete)))
            .ToListAsync(cancellationToken);
        var pillars = Enum.GetValues<Pillar>()
            .Select(p => new DashboardFigure<Pillar>(p, p.ToString(), Totals(pillarRows.Find(r => r.Key == p)), all with { Pillar = p }))
            .ToList();
        var totals = pillars.Aggregate(ScoreboardTotals.None, (sum, p) => sum + p.Totals);

        var french = PageLanguage.IsFrench;

        // Per thematic area: an initiative counts, with all its money, under each of its areas.
        var areaRows = await (
            from i in initiatives
            from link in i.ThematicAreas
            join area in db.ThematicAreas on link.ThematicAreaId equals area.Id
            select new
            {
                area.Id,
                Name = ShownNames.Name(area.Name, area.FrenchName, french),
                area.Pillar,
                Total = i.FundingLines.Any(f => f.TotalBudget != null) ? i.FundingLines.Sum(f => f.TotalBudget) : null,
                TotalIncomplete = !i.FundingLines.Any() || i.FundingLines.Any(f => f.TotalBudget == null),
                Eu = i.FundingLines.Any(f => f.EuContribution != null) ? i.FundingLines.Sum(f => f.EuContribution) : null,
                EuIncomplete = !i.FundingLines.Any() || i.FundingLines.Any(f => f.EuContribution == null),
            })
            .GroupBy(x => new { x.Id, x.Name, x.Pillar })
            .Select(g => new { g.Key.Id, g.Key.Name, g.Key.Pillar, Sums = new Sums<Guid>(g.Key.Id, g.Count(), (g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null), g.Count(x => x.TotalIncomplete), (g.Count(x => x.Eu != null) > 0 ? g.Sum(x => x.Eu) : null), g.Count(x => x.EuIncomplete)) })
            .ToListAsync(cancellationToken);
        var areas = areaRows
            .OrderBy(a => a.Pillar).ThenBy(a => a.Name, NameOrder.Comparer)
            .Select(a => new DashboardFigure<AreaKey>(new AreaKey(a.Id, a.Pillar), a.Name, Totals(a.Sums), all with { ThematicAreaId = a.Id }))
            .ToList();

        var noveltyRows = await money
            .GroupBy(x => x.Novelty)
            .Select(g => new Sums<Novelty>(g.Key, g.Count(), (g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null), g.Count(x => x.TotalIncomplete), (g.Count(x => x.Eu != null) > 0 ? g.Sum(x => x.Eu) : null), g.Count(x => x.EuIncomplete)))
            .ToListAsync(cancellationToken);
        var novelty = Enum.GetValues<Novelty>()
            .Select(n => new DashboardFigure<Novelty>(n, n.ToString(), Totals(noveltyRows.Find(r => r.Key == n)), all with { Novelty = n }))
            .ToList();

        var statusRows = await money
            .GroupBy(x => x.Status)
            .Select(g => new Sums<InitiativeStatus>(g.Key, g.Count(), (g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null), g.Count(x => x.TotalIncomplete), (g.Count(x => x.Eu != null) > 0 ? g.Sum(x => x.Eu) : null), g.Count(x => x.EuIncomplete)))
            .ToListAsync(cancellationToken);
        var statuses = Enum.GetValues<InitiativeStatus>()
            .Select(s => new DashboardFigure<InitiativeStatus>(s, s.ToString(), Totals(statusRows.Find(r => r.Key == s)), all with { Status = s }))
            .ToList();

        // The newest rating is a per-initiative subquery: each bucket is counted by the very filter its link applies.
        var ratings = new List<DashboardFigure<LatestRating>>();
        foreach (var rating in Enum.GetValues<LatestRating>())
        {
            var query = all with { Rating = rating };
            ratings.Add(new(rating, rating.ToString(), await SumAsync(db, Matching(query), cancellationToken), query));
        }

        var staleQuery = all with { NeedsUpdate = true };
        var needsUpdate = new DashboardFigure<bool>(true, nameof(ScoreboardQuery.NeedsUpdate), await SumAsync(db, Matching(staleQuery), cancellationToken), staleQuery);
        var lateQuery = all with { Late = true };
        var late = new DashboardFigure<bool>(true, nameof(ScoreboardQuery.Late), await SumAsync(db, Matching(lateQuery), cancellationToken), lateQuery);

        // Funding: the money of the lines of each programme or contributor; the count is of the initiatives having such a line.
        // Only the leading few of each are listed, the rest summed as one figure: a partnership may name thousands of them.
        var lines = initiatives.SelectMany(i => i.FundingLines, (i, f) => new { InitiativeId = i.Id, f.Programme, f.ContributorId, f.TotalBudget, f.EuContribution });
        var programmes = await LeadingAsync(
            lines.Select(x => new FundedLine<string?> { Key = x.Programme, Name = x.Programme, InitiativeId = x.InitiativeId, TotalBudget = x.TotalBudget, EuContribution = x.EuContribution }),
            programme => all with { Programme = programme },
            cancellationToken);
        var contributors = await LeadingAsync(
            from line in lines
            join o in db.Organisations on line.ContributorId equals (Guid?)o.Id into found
            from o in found.DefaultIfEmpty()
            select new FundedLine<Guid?> { Key = line.ContributorId, Name = o == null ? null : ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench), InitiativeId = line.InitiativeId, TotalBudget = line.TotalBudget, EuContribution = line.EuContribution },
            contributor => all with { ContributorId = contributor },
            cancellationToken);

        // Per partner-country priority: every priority of the partnership, those no initiative serves with a count of none.
        var priorityRows = await money
            .Where(x => x.Priority != null)
            .GroupBy(x => x.Priority)
            .Select(g => new Sums<string?>(g.Key, g.Count(), (g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null), g.Count(x => x.TotalIncomplete), (g.Count(x => x.Eu != null) > 0 ? g.Sum(x => x.Eu) : null), g.Count(x => x.EuIncomplete)))
            .ToListAsync(cancellationToken);
        var priorities = (partnership.Priorities ?? [])
            .Distinct(StringComparer.Ordinal)
            .Select(p => new DashboardFigure<string>(
                p,
                p,
                Totals(priorityRows.Find(r => string.Equals(r.Key, p, StringComparison.Ordinal))),
                all with { Priority = p }))
            .ToList();

        // The timeline shows the first initiatives of each pillar to start, at most TimelineRowsPerPillar: the page's size does
        // not follow the partnership's (10,000 initiatives made a page of 5.9 MB). Its pillar rows say how many there are.
        var periods = await Enum.GetValues<Pillar>()
            .Select(pillar => initiatives.Where(i => i.Pillar == pillar)
                .OrderBy(i => i.Period.StartMonth ?? i.Period.EndMonth).ThenBy(i => NameOrder.Key(i.Title)).ThenBy(i => i.Id)
                .Take(TimelineRowsPerPillar))
            .Aggregate(Queryable.Concat)
            .Select(i => new { i.Id, i.Title, i.Pillar, i.Period.StartMonth, i.Period.EndMonth, i.Status })
            .ToListAsync(cancellationToken);
        var timeline = periods
            .OrderBy(p => p.Pillar).ThenBy(p => p.StartMonth ?? p.EndMonth ?? DateOnly.MaxValue).ThenBy(p => p.Title, NameOrder.Comparer)
            .Select(p => new TimelineRow(p.Id, p.Title, p.Pillar, p.StartMonth, p.EndMonth, p.Status, InitiativeFlags.IsLate(p.EndMonth, p.Status, rules.Today)))
            .ToList();

        return new PartnershipDashboard(
            partnershipId,
            name,
            rules.Today,
            rules.StaleAfterDays,
            new DashboardFigure<bool>(true, name, totals, all),
            pillars,
            areas,
            novelty,
            statuses,
            ratings,
            needsUpdate,
            late,
            programmes,
            contributors,
            priorities,
            timeline);
    }

    /// <summary>Count and money of some initiatives, summed as the scoreboard sums them.</summary>
    private static async Task<ScoreboardTotals> SumAsync(AppDbContext db, IQueryable<Initiative> initiatives, CancellationToken cancellationToken)
    {
        var sums = await InitiativeMoney.Of(db, initiatives)
            .GroupBy(_ => 1)
            .Select(g => new Sums<int>(g.Key, g.Count(), (g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null), g.Count(x => x.TotalIncomplete), (g.Count(x => x.Eu != null) > 0 ? g.Sum(x => x.Eu) : null), g.Count(x => x.EuIncomplete)))
            .SingleOrDefaultAsync(cancellationToken);
        return Totals(sums);
    }

    /// <summary>
    /// A funding section's leading values, chosen in SQL: by known total budget (those knowing none last), then by
    /// initiatives, then by name, at most <see cref="FiguresPerSection"/>; the lines that name none; and when as many
    /// values lead as may be listed, one more statement for how many the others are and the sums of their lines.
    /// </summary>
    private static async Task<LeadingFigures<TKey>> LeadingAsync<TKey>(IQueryable<FundedLine<TKey>> lines, Func<TKey, ScoreboardQuery> opens, CancellationToken cancellationToken)
    {
        // The lines naming none sort first, so that the one more row taken is theirs when they have any.
        var rows = await lines
            .GroupBy(x => new { x.Key, x.Name })
            .Select(g => new FundedSums<TKey>
            {
                Key = g.Key.Key,
                Name = g.Key.Name,
                Initiatives = g.Select(x => x.InitiativeId).Distinct().Count(),
                Total = g.Count(x => x.TotalBudget != null) > 0 ? g.Sum(x => x.TotalBudget) : null,
                TotalUnknown = g.Where(x => x.TotalBudget == null).Select(x => x.InitiativeId).Distinct().Count(),
                Eu = g.Count(x => x.EuContribution != null) > 0 ? g.Sum(x => x.EuContribution) : null,
                EuUnknown = g.Where(x => x.EuContribution == null).Select(x => x.InitiativeId).Distinct().Count(),
            })
            .OrderBy(r => r.Name != null).ThenBy(r => r.Total == null).ThenByDescending(r => r.Total).ThenByDescending(r => r.Initiatives).ThenBy(r => NameOrder.Key(r.Name)).ThenBy(r => r.Key)
            .Take(FiguresPerSection + 1)
            .ToListAsync(cancellationToken);
        var notStated = rows.Find(r => r.Name is null);
        var leading = rows.Where(r => r.Name is not null).Take(FiguresPerSection).ToList();

        FundedSums<TKey>? others = null;
        if (leading.Count == FiguresPerSection)
        {
            var listed = leading.ConvertAll(r => r.Key);
            others = await lines
                .Where(x => x.Name != null && !listed.Contains(x.Key))
                .GroupBy(_ => 1)
                .Select(g => new FundedSums<TKey>
                {
                    Values = g.Select(x => x.Key).Distinct().Count(),
                    Initiatives = g.Select(x => x.InitiativeId).Distinct().Count(),
                    Total = g.Count(x => x.TotalBudget != null) > 0 ? g.Sum(x => x.TotalBudget) : null,
                    TotalUnknown = g.Where(x => x.TotalBudget == null).Select(x => x.InitiativeId).Distinct().Count(),
                    Eu = g.Count(x => x.EuContribution != null) > 0 ? g.Sum(x => x.EuContribution) : null,
                    EuUnknown = g.Where(x => x.EuContribution == null).Select(x => x.InitiativeId).Distinct().Count(),
                })
                .SingleOrDefaultAsync(cancellationToken);
        }

        return new LeadingFigures<TKey>(
            [.. leading.Select(r => new DashboardFigure<TKey>(r.Key, r.Name!, r.Totals, opens(r.Key)))],
            leading.Count + (others?.Values ?? 0),
            notStated is null ? null : new DashboardFigure<TKey>(notStated.Key, string.Empty, notStated.Totals, null),
            others?.Totals);
    }

    /// <summary>Totals of a group as SQL sums them; no group (no initiative) is zero initiatives and € 0.00.</summary>
    private static ScoreboardTotals Totals<TKey>(Sums<TKey>? sums) =>
        sums is null ? ScoreboardTotals.None : new(sums.Count, new Amount(sums.Total, sums.TotalUnknown), new Amount(sums.Eu, sums.EuUnknown));

    /// <summary>A funding line as a funding section groups it: the value it names (its key, and the name it is listed by; none: null) and its money.</summary>
    private sealed class FundedLine<TKey>
    {
        public required TKey Key { get; init; }

        public required string? Name { get; init; }

        public required Guid InitiativeId { get; init; }

        public required decimal? TotalBudget { get; init; }

        public required decimal? EuContribution { get; init; }
    }

    /// <summary>The lines of one value, or of several (<see cref="Values"/> of them), summed as SQL sums them.</summary>
    private sealed class FundedSums<TKey>
    {
        public TKey Key { get; init; } = default!;

        public string? Name { get; init; }

        public int Values { get; init; }

        public int Initiatives { get; init; }

        public decimal? Total { get; init; }

        public int TotalUnknown { get; init; }

        public decimal? Eu { get; init; }

        public int EuUnknown { get; init; }

        public ScoreboardTotals Totals => new(Initiatives, new Amount(Total, TotalUnknown), new Amount(Eu, EuUnknown));
    }

    /// <summary>One group's count, known sums and counts of initiatives whose amounts are not fully known, as SQL returns them.</summary>
    private sealed record Sums<TKey>(TKey Key, int Count, decimal? Total, int TotalUnknown, decimal? Eu, int EuUnknown);
}
