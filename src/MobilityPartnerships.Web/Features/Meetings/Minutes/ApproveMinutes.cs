using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>The focal point approves the draft as the final minutes, in their own name; the minutes are locked from then on.</summary>
public sealed class ApproveMinutes(MeetingWrites writes, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, CancellationToken cancellationToken) =>
        writes.WriteAsync<object?>(Operation.ManageMeeting, meetingId, version, null, null, _ => FieldError.FormLevel, change =>
        {
            change.Meeting.ApproveMinutes(change.Actor.Name, clock.GetUtcNow());
            return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
        }, "approve minutes", cancellationToken);
}
