namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>A worksheet's rows, blank rows left out; a CSV file is one sheet.</summary>
public sealed record Sheet(string Name, bool IsHidden, IReadOnlyList<SheetRow> Rows)
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);
}
