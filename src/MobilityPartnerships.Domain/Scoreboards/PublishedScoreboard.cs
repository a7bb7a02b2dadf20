using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Scoreboards;

/// <summary>
/// A partnership's scoreboard as a focal point published it on a day, usually for a meeting: a full, immutable
/// snapshot. Nothing here changes after publication, and the database refuses UPDATE and DELETE on it.
/// </summary>
public sealed class PublishedScoreboard
{
    public const int NoteMaxLength = 1000;
    public const int NameMaxLength = 200;

    private readonly List<PublishedInitiative> initiatives = [];

    private PublishedScoreboard()
    {
        PartnershipName = string.Empty;
        PublishedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    /// <summary>1 for the partnership's first published version, then 2, 3 …</summary>
    public int Number { get; private set; }

    /// <summary>The partnership's name on the day, kept as it was.</summary>
    public string PartnershipName { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    /// <summary>The meeting it was published for, if any.</summary>
    public Guid? MeetingId { get; private set; }

    public string? Note { get; private set; }

    public IReadOnlyList<PublishedInitiative> Initiatives => initiatives;

    public Amount TotalBudget => Amount.Total(initiatives.Select(i => i.TotalBudget));

    public Amount EuContribution => Amount.Total(initiatives.Select(i => i.EuContribution));

    public static PublishedScoreboard Publish(
        Guid partnershipId,
        string partnershipName,
        int number,
        DateTimeOffset publishedAt,
        string publishedBy,
        Guid? meetingId,
        string? note,
        IEnumerable<PublishedInitiative> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (number < 1)
        {
            throw new DomainRuleException("published.number", "Published versions are numbered from 1.");
        }

        var version = new PublishedScoreboard
        {
            Id = Guid.CreateVersion7(),
            PartnershipId = partnershipId,
            Number = number,
            PartnershipName = Guard.RequiredText(partnershipName, NameMaxLength, "published.partnership", "The partnership's name"),
            PublishedAt = publishedAt,
            PublishedBy = Guard.RequiredText(publishedBy, NameMaxLength, "published.by", "The publisher's name"),
            MeetingId = meetingId,
            Note = Guard.OptionalParagraphs(note, NoteMaxLength, "published.note", "The note"),
        };
        var list = rows.ToList();
        if (list.GroupBy(r => r.InitiativeId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException("published.duplicate", $"An initiative appears twice in the version ({twice.First().Title}).", twice.First().Title);
        }

        version.initiatives.AddRange(list);
        return version;
    }
}
