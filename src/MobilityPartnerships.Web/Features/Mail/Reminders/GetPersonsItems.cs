using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Features.Work.MyWork;

namespace MobilityPartnerships.Web.Features.Mail.Reminders;

/// <summary>An initiative of the person's that needs an update, by the scoreboard's rule.</summary>
public sealed record PersonsInitiative(Guid Id, string Title, Guid PartnershipId, string PartnershipName, DateOnly? LastUpdateOn);

/// <summary>A coming meeting of one of the person's partnerships that they may see.</summary>
public sealed record PersonsMeeting(Guid Id, string Title, DateOnly HeldOn, Guid PartnershipId, string PartnershipName);

/// <summary>An open action point the person's account owns.</summary>
public sealed record PersonsActionPoint(Guid MeetingId, string MeetingTitle, string Text, DateOnly DueOn, bool IsOverdue, Guid PartnershipId, string PartnershipName);

/// <summary>An indicator of one of the person's initiatives without its value for the last quarter.</summary>
public sealed record PersonsIndicatorDue(Guid InitiativeId, string InitiativeTitle, string IndicatorName, Guid PartnershipId, string PartnershipName);

/// <summary>What needs the person, within what they may see.</summary>
public sealed record PersonsItems(IReadOnlyList<PersonsInitiative> NeedUpdate, IReadOnlyList<PersonsMeeting> Meetings)
{
    private readonly int? needUpdateCount;
    private readonly int? indicatorsDueCount;

    public static PersonsItems None { get; } = new([], []);

    /// <summary>
    /// How many initiatives of theirs need an update: <see cref="NeedUpdate"/> lists at most My work's first
    /// (<see cref="GetMyWork.MaxInitiatives"/>), this counts them all, as My work does.
    /// </summary>
    public int NeedUpdateCount
    {
        get => Math.Max(needUpdateCount ?? 0, NeedUpdate.Count);
        init => needUpdateCount = value;
    }

    /// <summary>How many indicator values are due: <see cref="IndicatorsDue"/> lists at most My work's first, this counts them all.</summary>
    public int IndicatorsDueCount
    {
        get => Math.Max(indicatorsDueCount ?? 0, IndicatorsDue.Count);
        init => indicatorsDueCount = value;
    }

    public IReadOnlyList<PersonsActionPoint> ActionPoints { get; init; } = [];

    /// <summary>The quarter whose values are due; null when none is asked.</summary>
    public ReportingPeriod? IndicatorQuarter { get; init; }

    public IReadOnlyList<PersonsIndicatorDue> IndicatorsDue { get; init; } = [];

    public bool IsEmpty => NeedUpdateCount == 0 && Meetings.Count == 0 && ActionPoints.Count == 0 && IndicatorsDueCount == 0;

    /// <summary>What is overdue: initiatives needing an update, action points past their day, indicator values due.</summary>
    public bool HasOverdue => NeedUpdateCount > 0 || ActionPoints.Any(a => a.IsOverdue) || IndicatorsDueCount > 0;

    /// <summary>Every partnership an item is in, by name.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Partnerships =>
    [
        .. NeedUpdate.Select(i => (i.PartnershipId, i.PartnershipName))
            .Concat(Meetings.Select(m => (m.PartnershipId, m.PartnershipName)))
            .Concat(ActionPoints.Select(a => (a.PartnershipId, a.PartnershipName)))
            .Concat(IndicatorsDue.Select(i => (i.PartnershipId, i.PartnershipName)))
            .Distinct()
            .OrderBy(p => p.Item2, NameOrder.Comparer),
    ];
}

/// <summary>
/// "A person's items": the page My work (<see cref="GetMyWork"/>) of the user <see cref="Security.Access.AccessControl"/>
/// acts for (the recipient of a message), as a reminder lists it — the same query, so a message lists what the page
/// shows: the initiatives of theirs that need an update (the scoreboard's query and rule, over their set of
/// partnerships), the coming meetings of those partnerships up to a day, the open action points they own and the indicator
/// values due. Everything is read within the recipient's read scope, so nothing they may not see is listed; archived
/// partnerships and initiatives, and the partnerships they opted out of, are left out.
/// </summary>
public sealed class GetPersonsItems(GetMyWork myWork)
{
    /// <param name="meetingsUntil">The last day of meetings to list (from today).</param>
    /// <param name="leaveOut">Partnerships the person asked to hear nothing about.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<PersonsItems> ExecuteAsync(DateOnly meetingsUntil, IReadOnlySet<Guid> leaveOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaveOut);
        if (await myWork.ExecuteAsync(leaveOut, cancellationToken) is not { } work)
        {
            return PersonsItems.None;
        }

        // An official's page lists every initiative of their organisation; a focal point's only those needing an update.
        var needUpdate = (work.Initiatives?.Rows ?? Array.Empty<ScoreboardRow>())
            .Where(r => r.NeedsUpdate(work.Today, work.StaleAfterDays))
            .OrderBy(r => work.NameOf(r.PartnershipId), NameOrder.Comparer).ThenBy(r => r.Title, NameOrder.Comparer).ThenBy(r => r.Id)
            .Select(r => new PersonsInitiative(r.Id, r.Title, r.PartnershipId, work.NameOf(r.PartnershipId), r.LastUpdateOn))
            .ToList();
        var meetings = work.Meetings
            .Where(m => m.HeldOn <= meetingsUntil)
            .Select(m => new PersonsMeeting(m.Id, m.Title, m.HeldOn, m.PartnershipId, work.NameOf(m.PartnershipId)))
            .ToList();
        return new PersonsItems(needUpdate, meetings)
        {
            NeedUpdateCount = work.Initiatives?.NeedingUpdate ?? 0,
            IndicatorsDueCount = work.IndicatorsDueCount,
            ActionPoints = [.. work.ActionPoints.Select(a => new PersonsActionPoint(a.MeetingId, a.MeetingTitle, a.Text, a.DueOn, a.IsOverdue, a.PartnershipId, work.NameOf(a.PartnershipId)))],
            IndicatorQuarter = work.IndicatorsDue.Count > 0 ? work.IndicatorQuarter : null,
            IndicatorsDue = [.. work.IndicatorsDue.Select(i => new PersonsIndicatorDue(i.InitiativeId, i.InitiativeTitle, i.IndicatorName, i.PartnershipId, work.NameOf(i.PartnershipId)))],
        };
    }
}
