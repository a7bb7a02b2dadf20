using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Cancelling;

/// <summary>
/// The focal point calls a meeting off, in their own name and with a reason if they give one. The meeting is kept and
/// marked cancelled; it leaves the calendars and the choices of meetings to publish for.
/// </summary>
public sealed class CancelMeeting(Writes writes, IValidator<CancellationDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid meetingId, uint version, CancellationDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            MeetingWrite.Of("cancel meeting", Operation.ManageMeeting, meetingId, version, DraftValidation.Of(validator, draft), CancellationDraft.Fields,
                MeetingWrite.Doing(change => change.Target.Cancel(draft.Reason, change.Actor.Name, clock.GetUtcNow()))),
            cancellationToken);
    }
}

/// <summary>Why the meeting is called off, as the focal point writes it.</summary>
public sealed class CancellationDraft
{
    /// <summary>The reason's own rules show at the reason; the others (already cancelled, already held) above the form.</summary>
    public static RuleFields Fields { get; } = RuleFields.Of(("meeting.cancel.reason", nameof(Reason)));

    public string? Reason { get; set; }
}

public sealed class CancellationDraftValidator : AbstractValidator<CancellationDraft>
{
    public CancellationDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Reason).Text(text, "Meeting_CancelReason", Meeting.CancellationReasonMaxLength);
    }
}
