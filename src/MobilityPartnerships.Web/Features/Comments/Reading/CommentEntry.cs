namespace MobilityPartnerships.Web.Features.Comments.Reading;

/// <summary>A comment as the initiative's page shows it.</summary>
public sealed record CommentEntry(string Author, string Text, DateTimeOffset PostedAt);
