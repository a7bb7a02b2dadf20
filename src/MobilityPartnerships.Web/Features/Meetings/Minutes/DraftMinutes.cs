using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>The focal point writes the draft minutes and the decisions (see <see cref="Operation.ManageMeeting"/>); refused once the minutes are approved.</summary>
public sealed class DraftMinutes(MeetingWrites writes, IValidator<MinutesDraft> validator)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, MinutesDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.WriteAsync(Operation.ManageMeeting, meetingId, version, validator, draft, FieldOf, change =>
        {
            change.Meeting.DraftMinutes(draft.Minutes, draft.DecisionLines);
            return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
        }, "draft minutes", cancellationToken);
    }

    private static string FieldOf(DomainRuleException refusal) =>
        refusal.Rule.StartsWith("meeting.decision", StringComparison.Ordinal) ? nameof(MinutesDraft.Decisions)
        : refusal.Rule == "meeting.minutes.locked" ? FieldError.FormLevel
        : nameof(MinutesDraft.Minutes);
}
