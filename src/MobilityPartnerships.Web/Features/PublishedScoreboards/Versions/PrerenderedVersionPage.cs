using MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// What a version page's prerender read, kept in the page for its interactive start: the page of rows the address asked
/// for (<paramref name="AskedPage"/>, from 0) as shown, and what the user may do with the meeting link.
/// </summary>
public sealed record PrerenderedVersionPage(int AskedPage, PublishedVersionPage Shown, bool MayCorrect, IReadOnlyList<PublishedForMeeting> Choices);
