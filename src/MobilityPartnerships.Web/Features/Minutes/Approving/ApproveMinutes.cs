using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Approving;

/// <summary>The focal point approves the draft as the final minutes, in their own name; the minutes are locked from then on.</summary>
public sealed class ApproveMinutes(Writes writes, TimeProvider clock, ProductCalendar calendar)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, CancellationToken cancellationToken) =>
        writes.RunAsync(
            MeetingWrite.Of("approve minutes", Operation.ManageMeeting, meetingId, version, validate: null, RuleFields.None,
                MeetingWrite.Doing(change => change.Target.ApproveMinutes(change.Actor.Name, clock.GetUtcNow(), calendar.Days))),
            cancellationToken);
}
