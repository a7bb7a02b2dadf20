namespace MobilityPartnerships.Web.Features.Comments.Posting;

/// <summary>A comment as the user types it.</summary>
public sealed class CommentDraft
{
    public string Text { get; set; } = string.Empty;
}
