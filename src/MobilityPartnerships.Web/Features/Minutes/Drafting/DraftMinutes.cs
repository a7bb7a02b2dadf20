using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Drafting;

/// <summary>The focal point writes the draft minutes and the decisions (see <see cref="Operation.ManageMeeting"/>); refused once the minutes are approved.</summary>
public sealed class DraftMinutes(Writes writes, IValidator<MinutesDraft> validator)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, MinutesDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("draft minutes", Operation.ManageMeeting, meetingId, version, DraftValidation.Of(validator, draft), MinutesDraft.Fields,
                MeetingWrite.Doing(change => change.Target.DraftMinutes(draft.Minutes, draft.DecisionLines))),
            cancellationToken);
    }
}
