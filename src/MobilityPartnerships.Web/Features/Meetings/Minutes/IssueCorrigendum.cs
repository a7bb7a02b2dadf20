using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>The focal point issues a dated corrigendum to approved minutes, in their own name; the approved text itself never changes.</summary>
public sealed class IssueCorrigendum(Writes writes, IValidator<CorrigendumDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, CorrigendumDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Meeting>
            {
                What = "issue corrigendum",
                Access = MeetingWrite.Access(Operation.ManageMeeting, meetingId),
                Validate = DraftValidation.Of(validator, draft),
                Load = MeetingWrite.Load(meetingId),
                Seen = version,
                Apply = (change, _) =>
                {
                    change.Target.IssueCorrigendum(draft.Text, change.Actor.Name, clock.GetUtcNow());
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Fields = CorrigendumDraft.Fields,
            },
            cancellationToken);
    }
}
