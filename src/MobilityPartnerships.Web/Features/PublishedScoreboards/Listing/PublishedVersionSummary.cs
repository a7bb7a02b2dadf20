using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Listing;

/// <summary>
/// One published version in a partnership's list: who published it when, for which meeting, and the count and money
/// of the rows the user may see in it.
/// </summary>
public sealed record PublishedVersionSummary(
    Guid Id,
    int Number,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    PublishedForMeeting? Meeting,
    string? Note,
    int Rows,
    Amount TotalBudget,
    Amount EuContribution);

/// <summary>The meeting a version was published for, as the user may see it.</summary>
public sealed record PublishedForMeeting(Guid Id, string Title, DateOnly HeldOn);
