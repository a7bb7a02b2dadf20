using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>The focal point issues a dated corrigendum to approved minutes, in their own name; the approved text itself never changes.</summary>
public sealed class IssueCorrigendum(MeetingWrites writes, IValidator<CorrigendumDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, CorrigendumDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.WriteAsync(Operation.ManageMeeting, meetingId, version, validator, draft, refusal => refusal.Rule == "meeting.corrigendum.required" || refusal.Rule == "meeting.corrigendum.too-long" ? nameof(CorrigendumDraft.Text) : FieldError.FormLevel, change =>
        {
            change.Meeting.IssueCorrigendum(draft.Text, change.Actor.Name, clock.GetUtcNow());
            return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
        }, "issue corrigendum", cancellationToken);
    }
}
