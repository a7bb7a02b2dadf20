using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>The focal point approves the draft as the final minutes, in their own name; the minutes are locked from then on.</summary>
public sealed class ApproveMinutes(Writes writes, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, CancellationToken cancellationToken) =>
        writes.RunAsync(
            new Write<Meeting>
            {
                What = "approve minutes",
                Access = MeetingWrite.Access(Operation.ManageMeeting, meetingId),
                Load = MeetingWrite.Load(meetingId),
                Seen = version,
                Apply = (change, _) =>
                {
                    change.Target.ApproveMinutes(change.Actor.Name, clock.GetUtcNow());
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
            },
            cancellationToken);
}
