using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Commenting;

/// <summary>A participant's remark on the draft minutes, as they type it.</summary>
public sealed class MinutesCommentDraft
{
    /// <summary>Where the domain's refusals of a comment show.</summary>
    public static RuleFields Fields { get; } = RuleFields.Of(("minutes.comment.text", nameof(Text)));

    public string Text { get; set; } = string.Empty;
}
