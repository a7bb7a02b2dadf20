using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Domain.Progress;

/// <summary>
/// A dated account of how an initiative is going, with a rating, posted by someone whose organisation leads
/// or takes part in it, or by the partnership's focal point. Updates are kept, not edited: a new one follows.
/// </summary>
public sealed class ProgressUpdate
{
    public const int NarrativeMaxLength = 2000;
    public const int AuthorMaxLength = 200;
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);

    private ProgressUpdate()
    {
        Narrative = string.Empty;
        AuthorName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid InitiativeId { get; private set; }

    /// <summary>The day the update describes.</summary>
    public DateOnly ReportedOn { get; private set; }

    public ProgressRating Rating { get; private set; }

    public string Narrative { get; private set; }

    public string AuthorName { get; private set; }

    public Guid? AuthorOrganisationId { get; private set; }

    /// <summary>
    /// When it was entered, whatever day it describes (<see cref="ReportedOn"/> may be earlier): what a published version
    /// did not hold is what was entered after its publication.
    /// </summary>
    public DateTimeOffset PostedAt { get; private set; }

    public static ProgressUpdate Post(Initiative initiative, ProgressAuthor author, DateOnly reportedOn, ProgressRating rating, string narrative, DateOnly today, DateTimeOffset postedAt)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(author);
        var mayPost = author.IsFocalPoint || (author.OrganisationId is { } organisation && initiative.Involves(organisation));
        if (!mayPost)
        {
            throw new DomainRuleException("progress.author.not-involved", "Only the partnership's focal point or an organisation that leads or takes part in the initiative can post its progress.");
        }

        Guard.Defined(rating, "progress.rating", "Rating");

        // The rating follows the status, never leads it: a "Completed" rating beside an ongoing status says two things at once.
        if (rating == ProgressRating.Completed && initiative.Status != InitiativeStatus.Completed)
        {
            throw new DomainRuleException(
                "progress.rating.completed-before-status",
                $"The initiative's status is {initiative.Status}: an update can rate it Completed only once its status is Completed. Change its status first, or choose another rating.",
                initiative.Status);
        }
        if (reportedOn < EarliestDate || reportedOn > today)
        {
            throw new DomainRuleException("progress.date.out-of-range", $"The date must lie between {EarliestDate:d MMMM yyyy} and today ({today:d MMMM yyyy}).", EarliestDate, today);
        }

        return new ProgressUpdate
        {
            Id = Guid.CreateVersion7(),
            InitiativeId = initiative.Id,
            ReportedOn = reportedOn,
            Rating = rating,
            Narrative = Guard.RequiredParagraphs(narrative, NarrativeMaxLength, "progress.narrative", "The narrative"),
            AuthorName = Guard.RequiredText(author.Name, AuthorMaxLength, "progress.author", "The author's name"),
            AuthorOrganisationId = author.OrganisationId,
            PostedAt = postedAt,
        };
    }
}
