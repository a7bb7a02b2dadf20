using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Meetings.Calendar;

/// <summary>
/// The calendar of meetings across the partnerships the user reads, optionally of one partnership and one kind;
/// task forces only for the EU side (the same filter the access rules apply to <see cref="Operation.ReadMeeting"/>).
/// Each list is cut at <see cref="Limit"/> in the database, so a page's work does not grow with the years of meetings stored.
/// </summary>
public sealed class ListMeetings(IDbContextFactory<AppDbContext> contexts, AccessControl access, ProductCalendar calendar)
{
    /// <summary>The most meetings each list (coming, past, cancelled) reads: the soonest coming, the latest past.</summary>
    public const int Limit = 200;

    public async Task<MeetingCalendar> ExecuteAsync(Guid? partnershipId, MeetingKind? kind, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meetings = scope.Apply(db.Meetings.AsNoTracking());
        if (partnershipId is { } partnership)
        {
            meetings = meetings.Where(m => m.PartnershipId == partnership);
        }

        if (kind is { } wanted)
        {
            meetings = meetings.Where(m => m.Kind == wanted);
        }

        var today = calendar.Today;
        var listed =
            from meeting in meetings
            join p in db.Partnerships on meeting.PartnershipId equals p.Id
            select new { meeting.CancelledAt, meeting.HeldOn, p.Name, Entry = new MeetingListEntry(meeting.Id, p.Id, p.Name, meeting.Kind, meeting.Title, meeting.HeldOn, meeting.Place, meeting.IsOnline, meeting.CancelledAt) };

        // Each list reads one more than it shows, to tell whether there are more.
        var coming = await listed.Where(m => m.CancelledAt == null && m.HeldOn >= today).OrderBy(m => m.HeldOn).ThenBy(m => NameOrder.Key(m.Name))
            .Take(Limit + 1).Select(m => m.Entry).ToListAsync(cancellationToken);
        var past = await listed.Where(m => m.CancelledAt == null && m.HeldOn < today).OrderByDescending(m => m.HeldOn).ThenBy(m => NameOrder.Key(m.Name))
            .Take(Limit + 1).Select(m => m.Entry).ToListAsync(cancellationToken);
        var cancelled = partnershipId is null
            ? []
            : await listed.Where(m => m.CancelledAt != null).OrderByDescending(m => m.HeldOn)
                .Take(Limit + 1).Select(m => m.Entry).ToListAsync(cancellationToken);
        var partnerships = await scope.Apply(db.Partnerships.AsNoTracking())
            .OrderBy(p => NameOrder.Key(p.Name))
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync(cancellationToken);
        var plannable = await access.AllowedPartnershipsAsync(Operation.PlanMeeting, partnerships.Select(p => p.Id), cancellationToken);

        return new MeetingCalendar(
            [.. coming.Take(Limit).OrderBy(e => e.HeldOn).ThenBy(e => e.PartnershipName, NameOrder.Comparer)],
            [.. past.Take(Limit).OrderByDescending(e => e.HeldOn).ThenBy(e => e.PartnershipName, NameOrder.Comparer)],
            partnerships,
            [.. partnerships.Where(p => plannable.Contains(p.Id))])
        {
            // Kept and shown as cancelled on the partnership's own calendar; out of the calendar across partnerships.
            Cancelled = [.. cancelled.Take(Limit)],
            MoreComing = coming.Count > Limit,
            MorePast = past.Count > Limit,
            MoreCancelled = cancelled.Count > Limit,
        };
    }
}
