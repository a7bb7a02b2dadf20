using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.ActionPoints.Listing;

/// <summary>
/// A partnership's open action points, by due date, with the overdue ones marked: only those of meetings the user
/// may read (a partner country's official never sees a task force's). Null for a user who does not read the partnership.
/// </summary>
public sealed class GetOpenActionPoints(IDbContextFactory<AppDbContext> contexts, AccessControl access, ProductCalendar calendar)
{
    public async Task<IReadOnlyList<ActionPointEntry>?> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.ReadPartnership, partnershipId, cancellationToken))
        {
            return null;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meetings = scope.Apply(db.Meetings).Where(m => m.PartnershipId == partnershipId);
        var points = db.ActionPoints.Where(a => a.PartnershipId == partnershipId && a.Status == ActionPointStatus.Open);
        return await ActionPointQueries.EntriesAsync(db, points, meetings, calendar.Today, cancellationToken);
    }
}
