using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.ActionPoints.ChangingStatus;

/// <summary>The focal point marks an action point done or dropped, or opens it again (see <see cref="Operation.ManageMeeting"/>).</summary>
public sealed class ChangeActionPointStatus(Writes writes, ProductCalendar calendar)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, Guid actionPointId, uint version, ActionPointStatus status, CancellationToken cancellationToken) =>
        writes.RunAsync(
            MeetingWrite.Of("change action point status", Operation.ManageMeeting, meetingId, async (change, ct) =>
            {
                var point = await change.Db.ActionPoints.SingleOrDefaultAsync(a => a.Id == actionPointId && a.MeetingId == meetingId, ct);
                if (point is null)
                {
                    return new WriteOutcome.NotFound();
                }

                if (point.Version != version)
                {
                    return await MeetingWrite.StaleAsync(change, ct);
                }

                change.Db.Entry(point).Property(a => a.Version).OriginalValue = version;
                point.Close(status, calendar.Today);
                return new WriteOutcome.Done();
            }),
            cancellationToken);
}
