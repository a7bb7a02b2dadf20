using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>What a scoreboard's prerender read, kept in the page for its interactive start: the filters' choices, and the first page of the query it read.</summary>
public sealed record PrerenderedScoreboard(Guid PartnershipId, ScoreboardQuery Query, ScoreboardFilterOptions Options, ScoreboardResult Result);
