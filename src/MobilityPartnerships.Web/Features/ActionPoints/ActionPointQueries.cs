using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.ActionPoints;

/// <summary>Reads action points with their meeting and owner as the pages show them.</summary>
public static class ActionPointQueries
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
                    Organisation = db.Organisations.Where(o => o.Id == point.OwnerOrganisationId).Select(o => ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench)).FirstOrDefault(),
                    Account = db.Users.Where(u => u.Id == point.OwnerAccountId).Select(u => u.DisplayName).FirstOrDefault(),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ActionPointEntry(
            r.Point.Id,
            r.Point.MeetingId,
            r.Title,
            r.HeldOn,
            r.Point.Text,
            Owner(r.Organisation, r.Point.OwnerPerson ?? r.Account),
            r.Point.DueOn,
            r.Point.Status,
            r.Point.ClosedOn,
            r.Point.IsOverdueOn(today),
            r.Point.Version))];
    }

    /// <summary>How an owner is named: the person (or the owning account's name) with their organisation.</summary>
    public static string Owner(string? organisation, string? person) => (organisation, person) switch
    {
        ({ } o, { } p) => $"{p} ({o})",
        ({ } o, null) => o,
        (null, { } p) => p,
        _ => string.Empty,
    };
}
