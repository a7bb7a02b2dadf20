using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Web.Features.Progress;

/// <summary>
/// The progress updates since a published version, the one definition the comparison of two scoreboards ("progress updates
/// in between") and a reviewer's work ("progress updates since the latest version") count by: those entered
/// (<see cref="ProgressUpdate.PostedAt"/>) after the version's publication moment and not after <c>until</c> (the later
/// version's publication; none, up to now), on initiatives the user reads — whatever day they describe: an update entered
/// after publication but dated that day or earlier was not in the version either.
/// </summary>
public static class UpdatesSinceVersion
{
    /// <summary>Each update since its partnership's version among <paramref name="versions"/>, on the initiatives of <paramref name="readable"/>.</summary>
    public static IQueryable<UpdateSinceVersion> Of(IQueryable<ProgressUpdate> updates, IQueryable<Initiative> readable, IQueryable<PublishedScoreboard> versions, DateTimeOffset? until) =>
        from u in updates
        join i in readable on u.InitiativeId equals i.Id
        join v in versions on i.PartnershipId equals v.PartnershipId
        where u.PostedAt > v.PublishedAt && (until == null || u.PostedAt <= until)
        select new UpdateSinceVersion
        {
            PartnershipId = v.PartnershipId,
            InitiativeId = i.Id,
            InitiativeTitle = i.Title,
            ReportedOn = u.ReportedOn,
            PostedAt = u.PostedAt,
            Rating = u.Rating,
            Author = u.AuthorName,
        };
}

/// <summary>A progress update entered since a version of its initiative's partnership (set by members, so that a query can go on from it).</summary>
public sealed record UpdateSinceVersion
{
    public Guid PartnershipId { get; init; }

    public Guid InitiativeId { get; init; }

    public string InitiativeTitle { get; init; } = string.Empty;

    public DateOnly ReportedOn { get; init; }

    public DateTimeOffset PostedAt { get; init; }

    public ProgressRating Rating { get; init; }

    public string Author { get; init; } = string.Empty;
}
