using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Correcting;

/// <summary>
/// Whoever may publish corrects the meeting a published version is linked to, with a reason: a dated record beside
/// the version, which itself never changes (its trigger stays in force).
/// </summary>
public sealed class CorrectVersionMeeting(Writes writes, IValidator<MeetingCorrectionDraft> validator, TimeProvider clock)
{
    public Task<WriteOutcome> ExecuteAsync(Guid partnershipId, int number, MeetingCorrectionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Target>
            {
                What = "correct published version's meeting",
                Access = (access, ct) => access.CheckPartnershipAsync(Operation.PublishScoreboard, partnershipId, ct),
                Validate = DraftValidation.Of(validator, draft),
                Fields = MeetingCorrectionDraft.Fields,

                // The version untracked (it is never written); its current link, the latest correction's or its own.
                Load = async (db, ct) =>
                {
                    var version = await db.PublishedScoreboards.AsNoTracking().SingleOrDefaultAsync(v => v.PartnershipId == partnershipId && v.Number == number, ct);
                    if (version is null)
                    {
                        return null;
                    }

                    var latest = await db.PublishedMeetingCorrections.AsNoTracking().Where(c => c.PublishedScoreboardId == version.Id)
                        .OrderByDescending(c => c.CorrectedAt).ThenByDescending(c => c.Id).Select(c => new { c.MeetingId }).FirstOrDefaultAsync(ct);
                    var meeting = draft.MeetingId is { } meetingId ? await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct) : null;
                    return draft.MeetingId is not null && meeting is null ? null : new Target(version, latest is null ? version.MeetingId : latest.MeetingId, meeting);
                },
                Apply = (change, _) =>
                {
                    var (version, current, meeting) = change.Target;
                    var correction = PublishedMeetingCorrection.Correct(version, current, meeting, draft.Reason ?? string.Empty, change.Actor.Name, clock.GetUtcNow());
                    change.Db.PublishedMeetingCorrections.Add(correction);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Created(correction.Id));
                },
            },
            cancellationToken);
    }

    private sealed record Target(PublishedScoreboard Version, Guid? Current, Meeting? Meeting);
}

/// <summary>The meeting a version was in truth published for (none: for no meeting), and why the link is corrected.</summary>
public sealed class MeetingCorrectionDraft
{
    public static RuleFields Fields { get; } = RuleFields.Of(
        ("published.correction.meeting", nameof(MeetingId)),
        ("published.correction.reason", nameof(Reason)));

    public Guid? MeetingId { get; set; }

    public string? Reason { get; set; }
}

public sealed class MeetingCorrectionDraftValidator : AbstractValidator<MeetingCorrectionDraft>
{
    public MeetingCorrectionDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Reason).RequiredText(text, "Published_CorrectionReason", PublishedMeetingCorrection.ReasonMaxLength);
    }
}
