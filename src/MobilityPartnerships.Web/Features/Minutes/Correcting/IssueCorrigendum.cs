using FluentValidation;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Correcting;

/// <summary>The focal point issues a dated corrigendum to approved minutes, in their own name; the approved text itself never changes.</summary>
public sealed class IssueCorrigendum(Writes writes, IValidator<CorrigendumDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, CorrigendumDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("issue corrigendum", Operation.ManageMeeting, meetingId, version, DraftValidation.Of(validator, draft), CorrigendumDraft.Fields,
                MeetingWrite.Doing(change => change.Target.IssueCorrigendum(draft.Text, change.Actor.Name, clock.GetUtcNow()))),
            cancellationToken);
    }
}
