using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>The focal point writes the draft minutes and the decisions (see <see cref="Operation.ManageMeeting"/>); refused once the minutes are approved.</summary>
public sealed class DraftMinutes(Writes writes, IValidator<MinutesDraft> validator)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, MinutesDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Meeting>
            {
                What = "draft minutes",
                Access = MeetingWrite.Access(Operation.ManageMeeting, meetingId),
                Validate = DraftValidation.Of(validator, draft),
                Load = MeetingWrite.Load(meetingId),
                Seen = version,
                Apply = (change, _) =>
                {
                    change.Target.DraftMinutes(draft.Minutes, draft.DecisionLines);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Fields = MinutesDraft.Fields,
            },
            cancellationToken);
    }
}
