using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>
/// A dated correction of the meeting a published version is linked to. The version itself stays frozen: the
/// correction is a record beside it, kept like the version (never changed or removed), and the latest one says which
/// meeting the version was published for.
/// </summary>
public sealed class PublishedMeetingCorrection
{
    public const int ReasonMaxLength = 1000;

    private PublishedMeetingCorrection()
    {
        Reason = string.Empty;
        CorrectedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PublishedScoreboardId { get; private set; }

    /// <summary>The meeting the version was linked to before this correction; null when none.</summary>
    public Guid? PreviousMeetingId { get; private set; }

    /// <summary>The meeting the version was in truth published for; null when it was published for none.</summary>
    public Guid? MeetingId { get; private set; }

    public string Reason { get; private set; }

    public string CorrectedBy { get; private set; }

    public DateTimeOffset CorrectedAt { get; private set; }

    /// <summary>
    /// Corrects the version's link from <paramref name="current"/> (its meeting as published or as last corrected) to
    /// <paramref name="meeting"/>: one of the partnership's meetings that is not cancelled, or none.
    /// </summary>
    public static PublishedMeetingCorrection Correct(PublishedScoreboard version, Guid? current, Meeting? meeting, string reason, string correctedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (meeting is not null && meeting.PartnershipId != version.PartnershipId)
        {
            throw new DomainRuleException("published.correction.meeting.other-partnership", "That meeting is not one of this partnership's.");
        }

        if (meeting is { IsCancelled: true })
        {
            throw new DomainRuleException("published.correction.meeting.cancelled", $"'{meeting.Title}' was cancelled: a version cannot have been published for it.", meeting.Title);
        }

        if (meeting?.Id == current)
        {
            throw meeting is null
                ? new DomainRuleException("published.correction.meeting.unchanged.none", "The version is already linked to no meeting.")
                : new DomainRuleException("published.correction.meeting.unchanged", $"The version is already linked to '{meeting.Title}'.", meeting.Title);
        }

        return new PublishedMeetingCorrection
        {
            Id = Guid.CreateVersion7(),
            PublishedScoreboardId = version.Id,
            PreviousMeetingId = current,
            MeetingId = meeting?.Id,
            Reason = Guard.RequiredParagraphs(reason, ReasonMaxLength, "published.correction.reason", "The reason for the correction"),
            CorrectedBy = Guard.RequiredText(correctedBy, PublishedScoreboard.NameMaxLength, "published.correction.by", "The corrector's name"),
            CorrectedAt = at,
        };
    }
}
