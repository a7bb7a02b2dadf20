using MobilityPartnerships.Web.Features.Initiatives.Details;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>One partnership's scoreboard in an export: the sheet it is written to and its rows, in the scoreboard's order.</summary>
/// <param name="Id">The partnership.</param>
/// <param name="Name">The partnership's full name.</param>
/// <param name="SheetName">The name of its sheet, unique in the workbook and within Excel's limits; also its file name's start.</param>
/// <param name="Initiatives">Every initiative matching the filters that the user may read, in the chosen order.</param>
public sealed record ExportedPartnership(Guid Id, string Name, string SheetName, IReadOnlyList<InitiativeDetails> Initiatives);
