namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>A participant's remark on the draft minutes, as they type it.</summary>
public sealed class MinutesCommentDraft
{
    public string Text { get; set; } = string.Empty;
}
