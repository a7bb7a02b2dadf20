using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// What a user asks to export: one or more partnerships' scoreboards with the filters, order and grouping of
/// <paramref name="Query"/> (its partnership and page are ignored: every matching row of each partnership is written),
/// in the columns given.
/// </summary>
public sealed record ExportRequest(IReadOnlyList<Guid> PartnershipIds, ScoreboardQuery Query, IReadOnlyList<InitiativeColumn> Columns)
{
    /// <summary>The most partnerships one workbook takes.</summary>
    public const int MaxPartnerships = 50;
}
