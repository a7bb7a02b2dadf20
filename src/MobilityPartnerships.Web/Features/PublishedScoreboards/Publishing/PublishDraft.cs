namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

/// <summary>What a focal point says when publishing the scoreboard: the meeting it is for, if any, and a note.</summary>
public sealed class PublishDraft
{
    public Guid? MeetingId { get; set; }

    public string? Note { get; set; }
}
