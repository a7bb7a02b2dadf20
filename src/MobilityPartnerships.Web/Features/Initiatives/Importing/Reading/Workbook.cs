namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>What was read from an uploaded file: its sheets in the file's order.</summary>
public sealed record Workbook(string FileName, IReadOnlyList<Sheet> Sheets)
{
    public IEnumerable<Sheet> VisibleSheets => Sheets.Where(s => !s.IsHidden);

    public Sheet? Named(string name) => Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
