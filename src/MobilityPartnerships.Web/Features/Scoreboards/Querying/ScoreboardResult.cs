using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

public sealed record ScoreboardResult(
    IReadOnlyList<ScoreboardRow> Rows,
    ScoreboardTotals Totals,
    IReadOnlyDictionary<Pillar, ScoreboardTotals> PillarTotals);
