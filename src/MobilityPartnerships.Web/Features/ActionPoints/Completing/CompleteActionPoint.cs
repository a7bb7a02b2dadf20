using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.ActionPoints.Completing;

/// <summary>
/// The account that owns an action point (or whoever prepares its meeting) marks it done, from their own page
/// (see <see cref="Operation.CompleteActionPoint"/>); refused as stale when it changed since it was read.
/// </summary>
public sealed class CompleteActionPoint(Writes writes, ProductCalendar calendar)
{
    public Task<WriteOutcome> ExecuteAsync(Guid actionPointId, uint version, CancellationToken cancellationToken) =>
        writes.RunAsync(
            new Write<ActionPoint>
            {
                What = "complete action point",
                Access = (access, ct) => access.CheckActionPointAsync(Operation.CompleteActionPoint, actionPointId, ct),
                Load = (db, ct) => db.ActionPoints.SingleOrDefaultAsync(a => a.Id == actionPointId, ct),
                Seen = version,
                Apply = (change, _) =>
                {
                    change.Target.Close(ActionPointStatus.Done, calendar.Today);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
            },
            cancellationToken);
}
