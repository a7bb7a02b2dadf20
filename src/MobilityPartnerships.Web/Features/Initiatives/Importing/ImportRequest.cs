using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>Everything an import is: the workbook read, the sheet chosen, how its columns map, and the user's settings and decisions.</summary>
public sealed record ImportRequest(Guid PartnershipId, Workbook Workbook, string SheetName, ColumnMapping Mapping, ImportSettings Settings, ImportDecisions Decisions)
{
    public Sheet Sheet => Workbook.Named(SheetName) ?? throw new InvalidOperationException($"The workbook has no sheet '{SheetName}'.");
}
