using MobilityPartnerships.Domain.Common;
using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Figures;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// One page of a partnership's scoreboard with the totals of everything that matches: filtering, sorting,
/// paging and summing all happen in PostgreSQL; only the page's rows leave the database.
/// </summary>
public sealed class QueryScoreboard(LaggingReads contexts, IValidator<ScoreboardQuery> validator, AccessControl access, ProductCalendar calendar, IOptions<ProgressOptions> progress)
{
    public async Task<ScoreboardResult> ExecuteAsync(ScoreboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await validator.ValidateAndThrowAsync(query, cancellationToken);
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Only what the user may see: nothing of a partnership outside their scope, and records not to be shared only for the EU side.
        var matching = ScoreboardFilter.Apply(scope.Apply(db.Initiatives.AsNoTracking()), db.ProgressUpdates.AsNoTracking(), query, ScoreboardRules.Now(calendar, progress));
        // One statement: the page's rows, each with its indicators (to judge which are on track), and per pillar the
        // count, the sum of the known amounts and how many initiatives' amounts are not fully known. The partnership's
        // row is only the statement's root, so that the totals come even for a page past the last row.
        var page = query.PagePerPartnership && query.Partnerships is not null
            ? PagedPerPartnership(db, matching, query)
            : Ordered(db, matching, query).Skip(query.Page * query.PageSize).Take(query.PageSize);
        // With no filter, the totals read the partnership's kept figures (a few rows per partnership) rather than sum its initiatives.
        var sums = query.NarrowsNothing() ? Kept(scope.Apply(db.PartnershipFigures.AsNoTracking()), query) : Summed(db, matching);
        // For a set of partnerships any one of them is the root: its row only carries the statement.
        var root = query.Partnerships is { Count: > 0 } set ? set.Min() : query.PartnershipId;
        var read = await db.Partnerships.AsNoTracking()
            .Where(p => p.Id == root)
            .Select(p => new
            {
                Rows = page.Select(r => new
                {
                    Row = r,
                    Indicators = db.Indicators
                        .Where(i => EF.Property<Guid>(i, "initiative_id") == r.Id && i.BaselineValue != null && i.TargetValue != null)
                        .Select(i => new
                        {
                            i.Id,
                            i.BaselineValue,
                            i.BaselineDate,
                            i.TargetValue,
                            i.TargetDate,
                            Latest = db.IndicatorValues.Where(v => v.IndicatorId == i.Id)
                                .OrderByDescending(v => v.PeriodEnd).ThenByDescending(v => v.ReportedAt)
                                .Select(v => new { v.Value, v.PeriodEnd })
                                .FirstOrDefault(),
                        })
                        .ToList(),
                }).ToList(),
                Groups = sums.ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (read is null)
        {
            return new ScoreboardResult([], ScoreboardTotals.None, new Dictionary<Pillar, ScoreboardTotals>());
        }

        var rows = read.Rows
            .Select(r => r.Row with
            {
                IndicatorsOnTrack = Indicators.IndicatorsOnTrack.Count(r.Indicators.Select(i => new Indicators.IndicatorReading(
                    i.BaselineValue!.Value, i.BaselineDate!.Value, i.TargetValue!.Value, i.TargetDate!.Value,
                    i.Latest?.Value, i.Latest?.PeriodEnd))),
            })
            .ToList();
        var groups = read.Groups;

        var pillarTotals = groups.ToDictionary(
            g => g.Key,
            g => new ScoreboardTotals(g.Count, new Amount(g.Total, g.TotalUnknown), new Amount(g.Eu, g.EuUnknown)));
        var totals = pillarTotals.Values.Aggregate(ScoreboardTotals.None, (all, pillar) => all + pillar);
        return new ScoreboardResult(rows, totals, pillarTotals);
    }

    /// <summary>Per pillar, the count of <paramref name="matching"/>, the sum of their known amounts and how many amounts are not fully known.</summary>
    private static IQueryable<InitiativeSums<Pillar>> Summed(AppDbContext db, IQueryable<Initiative> matching) =>
        InitiativeMoney.Of(db, matching)
            .GroupBy(x => x.Pillar)
            .Select(g => new InitiativeSums<Pillar>
            {
                Key = g.Key,
                Count = g.Count(),
                Total = g.Count(x => x.Total != null) > 0 ? g.Sum(x => x.Total) : null,
                TotalUnknown = g.Count(x => x.TotalIncomplete),
                Eu = g.Count(x => x.Eu != null) > 0 ? g.Sum(x => x.Eu) : null,
                EuUnknown = g.Count(x => x.EuIncomplete),
            });

    /// <summary>The same sums, for every initiative of the query's partnerships the user reads, from their kept <paramref name="figures"/>.</summary>
    private static IQueryable<InitiativeSums<Pillar>> Kept(IQueryable<PartnershipFigures> figures, ScoreboardQuery query)
    {
        figures = query.Partnerships is { } partnerships
            ? figures.Where(f => partnerships.Contains(f.PartnershipId))
            : figures.Where(f => f.PartnershipId == query.PartnershipId);
        return KeptSums.By(query.IncludeArchived ? figures : figures.Where(f => !f.IsArchived), f => f.Pillar);
    }

    /// <summary>
    /// The scoreboard's rows of <paramref name="matching"/> in the order the user chose (each pillar together when grouped),
    /// ending on the initiative's id so that equal values keep one order; the export writes its rows in this order too.
    /// </summary>
    internal static IQueryable<ScoreboardRow> Ordered(AppDbContext db, IQueryable<Initiative> matching, ScoreboardQuery query) =>
        Sort(Project(db, matching).WithLatestProgress(), query);

    /// <summary>
    /// Each partnership's own page of <paramref name="matching"/> (already narrowed to the query's set) in the query's
    /// order, then all of them in that order again: the database numbers each partnership's rows apart (ROW_NUMBER() OVER
    /// (PARTITION BY the partnership)) and keeps those of the page.
    /// </summary>
    private static IQueryable<ScoreboardRow> PagedPerPartnership(AppDbContext db, IQueryable<Initiative> matching, ScoreboardQuery query)
    {
        var rows = Ordered(db, matching, query);
        var (skip, take) = (query.Page * query.PageSize, query.PageSize);
        return Sort(db.Partnerships.SelectMany(p => rows.Where(r => r.PartnershipId == p.Id).Skip(skip).Take(take)), query);
    }

    private static IQueryable<ScoreboardRow> Project(AppDbContext db, IQueryable<Initiative> initiatives) =>
        from i in initiatives
        join lead in db.Organisations on i.LeadOrganisationId equals lead.Id into leads
        from lead in leads.DefaultIfEmpty()
        join sums in db.FundingSums on i.Id equals sums.InitiativeId into funding
        from sums in funding.DefaultIfEmpty()
        select new ScoreboardRow
        {
            Id = i.Id,
            PartnershipId = i.PartnershipId,
            ReferenceCode = i.ReferenceCode,
            Title = i.Title,
            Pillar = i.Pillar,
            Lead = lead == null ? null : ShownNames.DisplayName(lead.Name, lead.ShortName, lead.FrenchName, lead.FrenchShortName, PageLanguage.IsFrench),
            Status = i.Status,
            StartMonth = i.Period.StartMonth,
            EndMonth = i.Period.EndMonth,
            PeriodNote = i.Period.Note,
            // Each programme once, however many of the initiative's lines it funds.
            Programmes = string.Join(", ", i.FundingLines.Where(f => f.Programme != null).Select(f => f.Programme).Distinct().OrderBy(programme => NameOrder.Key(programme))),
            // The known part of each amount (null when no line has a figure) and how many parts are not known (no line at all is one).
            TotalBudgetKnown = sums == null ? null : sums.TotalBudgetKnown,
            TotalBudgetUnknown = sums == null ? 1 : sums.TotalBudgetUnknown,
            EuContributionKnown = sums == null ? null : sums.EuContributionKnown,
            EuContributionUnknown = sums == null ? 1 : sums.EuContributionUnknown,
            Location = i.Location,
            Priority = i.Priority,
            CommitmentId = i.CommitmentId,
            Commitment = db.Commitments.Where(c => c.Id == i.CommitmentId).Select(c => c.Text).FirstOrDefault(),
            IsArchived = i.IsArchived,
            LastUpdateOn = db.ProgressUpdates.Where(u => u.InitiativeId == i.Id).Max(u => (DateOnly?)u.ReportedOn),
            LastRating = LatestProgress.RatingOf(db.ProgressUpdates.Where(u => u.InitiativeId == i.Id)),
        };

    // Enums are stored by name; these keep the documents' order rather than the alphabet's.
    private static readonly Expression<Func<ScoreboardRow, int>> PillarOrder = r =>
        r.Pillar == Pillar.LegalMigration ? 0
        : r.Pillar == Pillar.MigrationAndDevelopment ? 1
        : r.Pillar == Pillar.IllegalMigration ? 2
        : 3;

    private static readonly Expression<Func<ScoreboardRow, int>> StatusOrder = r =>
        r.Status == InitiativeStatus.Proposed ? 0
        : r.Status == InitiativeStatus.Planned ? 1
        : r.Status == InitiativeStatus.Ongoing ? 2
        : r.Status == InitiativeStatus.Completed ? 3
        : 4;

    private static IQueryable<ScoreboardRow> Sort(IQueryable<ScoreboardRow> rows, ScoreboardQuery query)
    {
        // Grouping by pillar keeps each pillar's rows together on every page; the chosen sort applies within it.
        var ordered = query.GroupByPillar ? rows.OrderBy(PillarOrder) : null;
        ordered = query.Sort switch
        {
            ScoreboardSort.ReferenceCode => Then(ordered, rows, r => r.ReferenceCode, query.Descending),
            ScoreboardSort.Pillar => Then(ordered, rows, PillarOrder, query.Descending),
            ScoreboardSort.Lead => Then(ordered, rows, r => NameOrder.Key(r.Lead), query.Descending),
            ScoreboardSort.Status => Then(ordered, rows, StatusOrder, query.Descending),
            ScoreboardSort.Start => Then(ordered, rows, r => r.StartMonth, query.Descending),
            ScoreboardSort.End => Then(ordered, rows, r => r.EndMonth, query.Descending),
            // Amounts not known at all come last in either direction.
            ScoreboardSort.TotalBudget => Then(Then(ordered, rows, r => r.TotalBudgetKnown == null, false), rows, r => r.TotalBudgetKnown, query.Descending),
            ScoreboardSort.EuContribution => Then(Then(ordered, rows, r => r.EuContributionKnown == null, false), rows, r => r.EuContributionKnown, query.Descending),
            _ => Then(ordered, rows, r => NameOrder.Key(r.Title), query.Descending),
        };

        // A unique last key makes paging stable when sort values repeat.
        return ordered.ThenBy(r => r.Id);
    }

    private static IOrderedQueryable<ScoreboardRow> Then<TKey>(IOrderedQueryable<ScoreboardRow>? ordered, IQueryable<ScoreboardRow> rows, Expression<Func<ScoreboardRow, TKey>> key, bool descending) =>
        ordered is null
            ? (descending ? rows.OrderByDescending(key) : rows.OrderBy(key))
            : (descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key));
}
