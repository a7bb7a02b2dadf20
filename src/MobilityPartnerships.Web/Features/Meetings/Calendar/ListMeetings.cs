using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Meetings.Calendar;

/// <summary>
/// The calendar of meetings across the partnerships the user reads, optionally of one partnership and one kind;
/// task forces only for the EU side (the same filter the access rules apply to <see cref="Operation.ReadMeeting"/>).
/// </summary>
public sealed class ListMeetings(IDbContextFactory<AppDbContext> contexts, AccessControl access, TimeProvider clock)
{
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

        var entries = await (
                from meeting in meetings
                join p in db.Partnerships on meeting.PartnershipId equals p.Id
                select new MeetingListEntry(meeting.Id, p.Id, p.Name, meeting.Kind, meeting.Title, meeting.HeldOn, meeting.Place, meeting.IsOnline, meeting.CancelledAt))
            .ToListAsync(cancellationToken);
        var partnerships = await scope.Apply(db.Partnerships.AsNoTracking())
            .OrderBy(p => p.Name)
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync(cancellationToken);
        var plannable = new List<Choice>();
        foreach (var choice in partnerships)
        {
            if (await access.MayAsync(Operation.PlanMeeting, choice.Id, cancellationToken))
            {
                plannable.Add(choice);
            }
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var held = entries.Where(e => e.CancelledAt is null).ToList();
        return new MeetingCalendar(
            [.. held.Where(e => e.HeldOn >= today).OrderBy(e => e.HeldOn).ThenBy(e => e.PartnershipName, StringComparer.CurrentCulture)],
            [.. held.Where(e => e.HeldOn < today).OrderByDescending(e => e.HeldOn).ThenBy(e => e.PartnershipName, StringComparer.CurrentCulture)],
            partnerships,
            plannable)
        {
            // Kept and shown as cancelled on the partnership's own calendar; out of the calendar across partnerships.
            Cancelled = partnershipId is null ? [] : [.. entries.Where(e => e.CancelledAt is not null).OrderByDescending(e => e.HeldOn)],
        };
    }
}
