using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Comments;

/// <summary>
/// A remark on an initiative by someone on the EU side who reviews the partnership — typically a task-force member
/// before a meeting. Internal EU coordination: never shown to partner-country officials. Kept, not edited.
/// </summary>
public sealed class InitiativeComment
{
    public const int TextMaxLength = 2000;
    public const int AuthorMaxLength = 200;

    private InitiativeComment()
    {
        Text = string.Empty;
        AuthorName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid InitiativeId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    public static InitiativeComment Post(Guid initiativeId, Guid authorId, string authorName, string text, DateTimeOffset postedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        InitiativeId = initiativeId,
        AuthorId = authorId,
        AuthorName = Guard.RequiredText(authorName, AuthorMaxLength, "comment.author", "The author's name"),
        Text = Guard.RequiredParagraphs(text, TextMaxLength, "comment.text", "The comment"),
        PostedAt = postedAt,
    };
}
