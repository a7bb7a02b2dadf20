namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>A row of a sheet with its number as the spreadsheet shows it (1 is the first row).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    public SheetCell this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : SheetCell.Empty;

    public bool IsBlank => Cells.All(c => c.IsBlank);
}
