namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;

/// <summary>A partnership's published versions, newest first, and the meetings a new version may be published for.</summary>
public sealed record PublishedScoreboardList(
    Guid PartnershipId,
    string PartnershipName,
    IReadOnlyList<PublishedVersionSummary> Versions,
    IReadOnlyList<PublishedForMeeting> Meetings);
