using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>
/// What a scoreboard's prerender read, kept in the page for its interactive start: the filters' choices, the query the
/// address asked for, and the query it showed with its page of rows (the last page, when the address asked for one past it).
/// </summary>
public sealed record PrerenderedScoreboard(Guid PartnershipId, ScoreboardQuery Asked, ScoreboardQuery Query, ScoreboardFilterOptions Options, ScoreboardResult Result);
