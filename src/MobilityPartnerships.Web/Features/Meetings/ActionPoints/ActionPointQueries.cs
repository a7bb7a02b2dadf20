using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Meetings.ActionPoints;

/// <summary>Reads action points with their meeting and owner as the pages show them.</summary>
internal static class ActionPointQueries
{
    public static async Task<List<ActionPointEntry>> EntriesAsync(AppDbContext db, IQueryable<ActionPoint> points, IQueryable<Meeting> meetings, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await (
                from point in points
                join meeting in meetings on point.MeetingId equals meeting.Id
                orderby point.DueOn, meeting.HeldOn, point.Id
                select new
                {
                    Point = point,
                    meeting.Title,
                    meeting.HeldOn,
                    Organisation = db.Organisations.Where(o => o.Id == point.OwnerOrganisationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault(),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ActionPointEntry(
            r.Point.Id,
            r.Point.MeetingId,
            r.Title,
            r.HeldOn,
            r.Point.Text,
            Owner(r.Organisation, r.Point.OwnerPerson),
            r.Point.DueOn,
            r.Point.Status,
            r.Point.ClosedOn,
            r.Point.IsOverdueOn(today),
            r.Point.Version))];
    }

    private static string Owner(string? organisation, string? person) => (organisation, person) switch
    {
        ({ } o, { } p) => $"{p} ({o})",
        ({ } o, null) => o,
        (null, { } p) => p,
        _ => string.Empty,
    };
}
