using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Meetings;

/// <summary>
/// A participant's remark on a meeting's draft minutes. Kept, not edited; none once the minutes are approved, nor
/// once the meeting is cancelled (see <see cref="Meeting"/>).
/// </summary>
public sealed class MinutesComment
{
    public const int TextMaxLength = 2000;
    public const int AuthorMaxLength = 200;

    private MinutesComment()
    {
        Text = string.Empty;
        AuthorName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    public static MinutesComment Post(Meeting meeting, Guid authorId, string authorName, string text, DateTimeOffset postedAt)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.CancelledAt is { } cancelled)
        {
            throw new DomainRuleException("minutes.comment.meeting-cancelled", $"The meeting was cancelled on {cancelled:d MMMM yyyy}: its minutes take no comments any more.", cancelled);
        }

        if (meeting.MinutesLocked)
        {
            throw new DomainRuleException("minutes.comment.locked", "The minutes are approved; comments are taken on drafts only.");
        }

        if (meeting.Minutes is null)
        {
            throw new DomainRuleException("minutes.comment.no-draft", "There is no draft of the minutes to comment on yet.");
        }

        return new MinutesComment
        {
            Id = Guid.CreateVersion7(),
            MeetingId = meeting.Id,
            AuthorId = authorId,
            AuthorName = Guard.RequiredText(authorName, AuthorMaxLength, "minutes.comment.author", "The author's name"),
            Text = Guard.RequiredParagraphs(text, TextMaxLength, "minutes.comment.text", "The comment"),
            PostedAt = postedAt,
        };
    }
}
