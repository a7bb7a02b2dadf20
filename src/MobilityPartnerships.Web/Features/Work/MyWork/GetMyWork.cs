using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Work.MyWork;

/// <summary>
/// What needs the signed-in user, across every partnership they work on, in a fixed number of statements whatever
/// the number of partnerships: the initiatives and their flags come from the scoreboard's own query over the set of
/// partnerships; everything else is one statement over that set. Only what the user's read scope admits is read.
/// <list type="bullet">
/// <item>An official (a Member State's, or the partner country's): every initiative their organisation leads or takes
/// part in, with those needing an update or late counted; indicator values due for the last quarter; action points
/// their account owns; agenda items they proposed; the coming meetings they attend.</item>
/// <item>A focal point (an administrator likewise, over every partnership): per partnership what needs an update and
/// who leads it, agenda proposals waiting, minutes to approve, the next meeting and whether its briefing pack is ready.</item>
/// <item>A task-force member: the coming meetings, what changed since each partnership's last published version, and
/// draft minutes waiting for their comment.</item>
/// </list>
/// </summary>
public sealed class GetMyWork(IDbContextFactory<AppDbContext> contexts, AccessControl access, QueryScoreboard scoreboard, ProductCalendar calendar, IOptions<ProgressOptions> progress)
{
    /// <summary>How many initiatives the page lists at most; the counts are of all of them.</summary>
    public const int MaxInitiatives = ScoreboardQuery.MaxPageSize;

    /// <summary>How many initiatives needing an update a focal point's page lists per partnership; the counts are of all of them.</summary>
    public const int StalePerPartnership = 8;

    /// <summary>How far ahead the coming meetings reach.</summary>
    public const int MeetingsWithinDays = 120;

    public Task<MyWork?> ExecuteAsync(CancellationToken cancellationToken) => ExecuteAsync(new HashSet<Guid>(), cancellationToken);

    /// <param name="leaveOut">Partnerships left out (those a reminder's recipient asked to hear nothing about).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<MyWork?> ExecuteAsync(IReadOnlySet<Guid> leaveOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaveOut);
        var scope = await access.ReadScopeAsync(cancellationToken);
        if (scope.Actor is not { } actor)
        {
            return null;
        }

        var rules = ScoreboardRules.Now(calendar, progress);
        var today = rules.Today;
        var view = ViewOf(actor);

        // The partnerships the page covers: those the user keeps (a focal point's assignments), else all they read;
        // never an archived one, nor one left out.
        var set = (view == WorkView.FocalPoint && actor.Role == Role.FocalPoint
            ? scope.Partnerships.Where(actor.Partnerships.Contains)
            : scope.Partnerships).Where(p => !leaveOut.Contains(p)).ToHashSet();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnerships = await db.Partnerships.AsNoTracking()
            .Where(p => set.Contains(p.Id) && !p.IsArchived)
            .OrderBy(p => NameOrder.Key(p.Name)).ThenBy(p => p.Id)
            .Select(p => new WorkPartnership(p.Id, p.Name))
            .ToListAsync(cancellationToken);
        set = partnerships.Select(p => p.Id).ToHashSet();
        var work = new MyWork(view, today, rules.StaleAfterDays, partnerships);
        var meetings = scope.Apply(db.Meetings.AsNoTracking()).Where(m => set.Contains(m.PartnershipId));
        var until = today.AddDays(MeetingsWithinDays);
        var coming = await meetings
            .Where(m => m.CancelledAt == null && m.HeldOn >= today && m.HeldOn <= until)
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new WorkMeeting(
                m.Id,
                m.PartnershipId,
                m.Title,
                m.Kind,
                m.HeldOn,
                db.AgendaItems.Count(a => a.MeetingId == m.Id && a.Status == AgendaItemStatus.Proposed)))
            .ToListAsync(cancellationToken);
        work = work with { Meetings = coming };

        return view switch
        {
            WorkView.Official => await OfficialAsync(db, scope, actor, work, set, meetings, rules, cancellationToken),
            WorkView.FocalPoint => await FocalPointAsync(db, scope, work, set, meetings, rules, cancellationToken),
            _ => await TaskForceAsync(db, scope, actor, work, set, meetings, cancellationToken),
        };
    }

    /// <summary>Which of the three the page shows: officials keep their organisation's initiatives; focal points and administrators the partnerships; the task force reviews.</summary>
    public static WorkView ViewOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            Role.Administrator or Role.FocalPoint => WorkView.FocalPoint,
            Role.MemberStateOfficial or Role.PartnerCountryOfficial => WorkView.Official,
            _ => WorkView.TaskForce,
        };
    }

    private async Task<MyWork> OfficialAsync(AppDbContext db, ReadScope scope, Actor actor, MyWork work, HashSet<Guid> set, IQueryable<Meeting> meetings, ScoreboardRules rules, CancellationToken cancellationToken)
    {
        if (actor.OrganisationId is not { } own || set.Count == 0)
        {
            return work;
        }

        // Every initiative the organisation leads or takes part in, and how many need an update or are late: the scoreboard's query and rules.
        var mine = new ScoreboardQuery { Partnerships = set, InvolvingId = own, Sort = ScoreboardSort.End, PageSize = MaxInitiatives };
        var all = await scoreboard.ExecuteAsync(mine, cancellationToken);
        var stale = await scoreboard.ExecuteAsync(mine with { NeedsUpdate = true, PageSize = 1 }, cancellationToken);
        var late = await scoreboard.ExecuteAsync(mine with { Late = true, PageSize = 1 }, cancellationToken);

        // Indicator values due: what the write path would accept (IndicatorValue.Report), no more. The indicator's cadence
        // is its latest value's (a half-year, or a quarter when it has none yet); the period due is that cadence's period
        // ending with the last quarter (none for a half-yearly indicator mid-half-year), within the initiative's
        // implementation (the write's own rule, PeriodInImplementation), with no value overlapping it.
        var quarter = ReportingPeriod.LastQuarterEndedBefore(rules.Today);
        var initiatives = ScoreboardFilter.Apply(scope.Apply(db.Initiatives.AsNoTracking()), db.ProgressUpdates.AsNoTracking(), mine, rules).Where(InitiativeFlags.Open);
        var half = ReportingPeriod.DueOn(rules.Today, ReportingPeriodLength.HalfYear);
        var dueAll = half is null
            ? IndicatorsDue(db, initiatives, quarter, halfYearly: false)
            : IndicatorsDue(db, initiatives, quarter, halfYearly: false).Concat(IndicatorsDue(db, initiatives, half, halfYearly: true));

        var due = (await dueAll
            .OrderBy(d => NameOrder.Key(d.InitiativeTitle)).ThenBy(d => NameOrder.Key(d.IndicatorName)).ThenBy(d => d.IndicatorId)
            .Take(MaxInitiatives)
            .ToListAsync(cancellationToken))
            .Select(d => new WorkIndicatorDue(d.InitiativeId, d.PartnershipId, d.InitiativeTitle, d.IndicatorId, d.IndicatorName, d.HalfYearly ? half! : quarter))
            .ToList();
        // The list is capped; the count is of all of them.
        var dueCount = await dueAll.CountAsync(cancellationToken);

        var proposed = await ComingAgendaItemsAsync(db.AgendaItems.AsNoTracking().Where(item => item.ProposedByAccountId == actor.UserId), meetings, rules.Today, cancellationToken);

        return work with
        {
            Initiatives = new WorkInitiatives(all.Rows, all.Totals.Count, stale.Totals.Count, late.Totals.Count),
            IndicatorQuarter = quarter,
            IndicatorsDue = due,
            IndicatorsDueCount = dueCount,
            ActionPoints = await ActionPointsAsync(db, actor, meetings, rules.Today, cancellationToken),
            AgendaItems = proposed,
        };
    }

    /// <summary>
    /// The indicators of <paramref name="initiatives"/> reported every quarter (or, with <paramref name="halfYearly"/>, every
    /// half-year, as their latest value is) that need a value for <paramref name="period"/>: the implementation admits it
    /// and no value overlaps it.
    /// </summary>
    private static IQueryable<IndicatorDueRow> IndicatorsDue(AppDbContext db, IQueryable<Initiative> initiatives, ReportingPeriod period, bool halfYearly)
    {
        var (start, end) = (period.Start, period.End);
        return from i in initiatives.Where(PeriodInImplementation.Admits(period))
               from indicator in i.Indicators
               // A stored quarter spans three months of one year, a half-year six.
               where db.IndicatorValues.Where(v => v.IndicatorId == indicator.Id).OrderByDescending(v => v.PeriodStart).Select(v => v.PeriodEnd.Month - v.PeriodStart.Month > 2).FirstOrDefault() == halfYearly
                   && !db.IndicatorValues.Any(v => v.IndicatorId == indicator.Id && v.PeriodStart <= end && v.PeriodEnd >= start)
               select new IndicatorDueRow { InitiativeId = i.Id, PartnershipId = i.PartnershipId, InitiativeTitle = i.Title, IndicatorId = indicator.Id, IndicatorName = indicator.Name, HalfYearly = halfYearly };
    }

    /// <summary>A row of <see cref="IndicatorsDue"/>, as the database gives it (the quarterly and half-yearly ones in one list).</summary>
    private sealed class IndicatorDueRow
    {
        public Guid InitiativeId { get; init; }

        public Guid PartnershipId { get; init; }

        public string InitiativeTitle { get; init; } = string.Empty;

        public Guid IndicatorId { get; init; }

        public string IndicatorName { get; init; } = string.Empty;

        public bool HalfYearly { get; init; }
    }

    /// <summary>Those of <paramref name="items"/> on the agenda of a coming meeting (not cancelled, from today on), by the meeting's day, then in the order proposed.</summary>
    private static Task<List<WorkAgendaItem>> ComingAgendaItemsAsync(IQueryable<AgendaItem> items, IQueryable<Meeting> meetings, DateOnly today, CancellationToken cancellationToken) =>
        (from item in items
         join meeting in meetings on item.MeetingId equals meeting.Id
         where meeting.CancelledAt == null && meeting.HeldOn >= today
         orderby meeting.HeldOn, item.ProposedAt, item.Id
         select new WorkAgendaItem(item.Id, meeting.Id, meeting.PartnershipId, meeting.Title, meeting.HeldOn, item.Title, item.ProposedBy, item.Status))
        .ToListAsync(cancellationToken);

    private async Task<MyWork> FocalPointAsync(AppDbContext db, ReadScope scope, MyWork work, HashSet<Guid> set, IQueryable<Meeting> meetings, ScoreboardRules rules, CancellationToken cancellationToken)
    {
        if (set.Count == 0)
        {
            return work;
        }

        // What needs an update across the partnerships, with its lead: the scoreboard's query over the set, counted by it.
        // Each partnership's first rows are read on their own (its own page, cut in the database), so that one holding
        // many never crowds another's out of a list capped across all; each partnership's count is the same filter
        // counted per partnership in the database (one statement, whatever the number of partnerships or initiatives).
        var staleQuery = new ScoreboardQuery { Partnerships = set, NeedsUpdate = true, Sort = ScoreboardSort.Lead, PageSize = StalePerPartnership, PagePerPartnership = true };
        var stale = await scoreboard.ExecuteAsync(staleQuery, cancellationToken);
        var staleBy = await ScoreboardFilter.Apply(scope.Apply(db.Initiatives.AsNoTracking()), db.ProgressUpdates.AsNoTracking(), staleQuery, rules)
            .GroupBy(i => i.PartnershipId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var waiting = await ComingAgendaItemsAsync(db.AgendaItems.AsNoTracking().Where(item => item.Status == AgendaItemStatus.Proposed), meetings, rules.Today, cancellationToken);
        // Minutes wait for approval once the meeting is held: before its day they cannot be approved (Meeting.ApproveMinutes).
        var today = rules.Today;
        var toApprove = await meetings
            .Where(m => m.Minutes != null && m.MinutesApprovedAt == null && m.CancelledAt == null && m.HeldOn <= today)
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new WorkMinutes(m.Id, m.PartnershipId, m.Title, m.HeldOn, db.MinutesComments.Count(c => c.MeetingId == m.Id)))
            .ToListAsync(cancellationToken);
        var published = await LatestVersionsAsync(db, set, null, cancellationToken);
        return work with
        {
            Initiatives = new WorkInitiatives(stale.Rows, stale.Totals.Count, stale.Totals.Count, 0) { NeedingUpdateByPartnership = staleBy },
            AgendaItems = waiting,
            MinutesToApprove = toApprove,
            Versions = published,
        };
    }

    private static async Task<MyWork> TaskForceAsync(AppDbContext db, ReadScope scope, Actor actor, MyWork work, HashSet<Guid> set, IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        if (set.Count == 0)
        {
            return work;
        }

        var readable = scope.Apply(db.Initiatives.AsNoTracking());
        var toComment = await meetings
            .Where(m => m.Minutes != null && m.MinutesApprovedAt == null && m.CancelledAt == null
                && !db.MinutesComments.Any(c => c.MeetingId == m.Id && c.AuthorId == actor.UserId))
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new WorkMinutes(m.Id, m.PartnershipId, m.Title, m.HeldOn, db.MinutesComments.Count(c => c.MeetingId == m.Id)))
            .ToListAsync(cancellationToken);
        return work with
        {
            MinutesToComment = toComment,
            Versions = await LatestVersionsAsync(db, set, readable, cancellationToken),
        };
    }

    /// <summary>
    /// Each partnership's latest published version (one statement for the whole set), and for a reviewer the progress
    /// updates entered since its publication on the initiatives they read (<see cref="UpdatesSinceVersion"/>) — what the
    /// comparison with today lists as progress in between (one more statement).
    /// </summary>
    private static async Task<IReadOnlyList<WorkVersion>> LatestVersionsAsync(AppDbContext db, HashSet<Guid> set, IQueryable<Initiative>? readable, CancellationToken cancellationToken)
    {
        var latest = db.PublishedScoreboards.AsNoTracking()
            .Where(v => set.Contains(v.PartnershipId) && !db.PublishedScoreboards.Any(n => n.PartnershipId == v.PartnershipId && n.Number > v.Number));
        var versions = await latest
            .Select(v => new WorkVersion(v.PartnershipId, v.Number, v.PublishedAt, null))
            .ToListAsync(cancellationToken);
        if (readable is null || versions.Count == 0)
        {
            return versions;
        }

        var updates = await UpdatesSinceVersion.Of(db.ProgressUpdates.AsNoTracking(), readable, latest, null)
            .GroupBy(u => u.PartnershipId)
            .Select(g => new { PartnershipId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.PartnershipId, g => g.Count, cancellationToken);
        return [.. versions.Select(v => v with { ProgressSince = updates.GetValueOrDefault(v.PartnershipId) })];
    }

    private static async Task<IReadOnlyList<WorkActionPoint>> ActionPointsAsync(AppDbContext db, Actor actor, IQueryable<Meeting> meetings, DateOnly today, CancellationToken cancellationToken)
    {
        var userId = actor.UserId;
        return await (
                from point in db.ActionPoints.AsNoTracking()
                join meeting in meetings on point.MeetingId equals meeting.Id
                where point.OwnerAccountId == userId && point.Status == ActionPointStatus.Open
                orderby point.DueOn, meeting.HeldOn, point.Id
                select new WorkActionPoint(point.Id, meeting.Id, meeting.PartnershipId, meeting.Title, meeting.Kind == MeetingKind.TaskForce, point.Text, point.DueOn, point.DueOn < today, point.Version))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Which of the page's three shapes a user sees.</summary>
public enum WorkView
{
    Official,
    FocalPoint,
    TaskForce,
}

/// <summary>What needs the user; each list is empty where it is not theirs.</summary>
public sealed record MyWork(WorkView View, DateOnly Today, int StaleAfterDays, IReadOnlyList<WorkPartnership> Partnerships)
{
    public IReadOnlyList<WorkMeeting> Meetings { get; init; } = [];

    /// <summary>An official's initiatives, or a focal point's needing an update; null where not asked.</summary>
    public WorkInitiatives? Initiatives { get; init; }

    public ReportingPeriod? IndicatorQuarter { get; init; }

    /// <summary>At most <see cref="GetMyWork.MaxInitiatives"/> of them; <see cref="IndicatorsDueCount"/> counts all.</summary>
    public IReadOnlyList<WorkIndicatorDue> IndicatorsDue { get; init; } = [];

    /// <summary>How many indicator values are due, listed or not.</summary>
    public int IndicatorsDueCount { get; init; }

    public IReadOnlyList<WorkActionPoint> ActionPoints { get; init; } = [];

    public IReadOnlyList<WorkAgendaItem> AgendaItems { get; init; } = [];

    public IReadOnlyList<WorkMinutes> MinutesToApprove { get; init; } = [];

    public IReadOnlyList<WorkMinutes> MinutesToComment { get; init; } = [];

    public IReadOnlyList<WorkVersion> Versions { get; init; } = [];

    public string NameOf(Guid partnershipId) => Partnerships.FirstOrDefault(p => p.Id == partnershipId)?.Name ?? string.Empty;
}

public sealed record WorkPartnership(Guid Id, string Name);

/// <summary>
/// Initiatives as the scoreboard reads them (an official's: at most <see cref="GetMyWork.MaxInitiatives"/> rows; a focal
/// point's: at most <see cref="GetMyWork.StalePerPartnership"/> of each partnership) and the scoreboard's counts of all of them.
/// </summary>
public sealed record WorkInitiatives(IReadOnlyList<ScoreboardRow> Rows, int Count, int NeedingUpdate, int Late)
{
    public bool IsPartial => Rows.Count < Count;

    /// <summary>For a focal point, how many initiatives need an update in each partnership (counted in the database, not from <see cref="Rows"/>); a partnership not in it has none.</summary>
    public IReadOnlyDictionary<Guid, int> NeedingUpdateByPartnership { get; init; } = new Dictionary<Guid, int>();

    /// <summary>How many of <paramref name="partnershipId"/>'s initiatives need an update, listed or not.</summary>
    public int NeedingUpdateIn(Guid partnershipId) => NeedingUpdateByPartnership.GetValueOrDefault(partnershipId);
}

public sealed record WorkMeeting(Guid Id, Guid PartnershipId, string Title, MeetingKind Kind, DateOnly HeldOn, int AgendaProposalsWaiting);

/// <summary>An indicator whose value is due, and the period it is due for: the quarter, or the half-year ending with it for an indicator reported by half-year.</summary>
public sealed record WorkIndicatorDue(Guid InitiativeId, Guid PartnershipId, string InitiativeTitle, Guid IndicatorId, string IndicatorName, ReportingPeriod Period);

public sealed record WorkActionPoint(Guid Id, Guid MeetingId, Guid PartnershipId, string MeetingTitle, bool IsInternal, string Text, DateOnly DueOn, bool IsOverdue, uint Version);

public sealed record WorkAgendaItem(Guid Id, Guid MeetingId, Guid PartnershipId, string MeetingTitle, DateOnly HeldOn, string Title, string ProposedBy, AgendaItemStatus Status);

public sealed record WorkMinutes(Guid MeetingId, Guid PartnershipId, string MeetingTitle, DateOnly HeldOn, int Comments);

/// <summary>A partnership's latest published version; <see cref="ProgressSince"/> the updates reported since (null where not counted).</summary>
public sealed record WorkVersion(Guid PartnershipId, int Number, DateTimeOffset PublishedAt, int? ProgressSince);
