using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Rows of an exported sheet that are not initiatives: a pillar's heading when the export is grouped, and the
/// totals under the rows. They are recognised by their shape — a lone pillar name, or "Total …" in the title
/// with nothing else but figures — and skipped.
/// </summary>
internal static class SummaryRows
{
    private static readonly HashSet<string> PillarHeadings = [.. Enum.GetValues<Pillar>().SelectMany(p => SheetLabels.Word(p).Both).Select(InitiativeColumns.Normalise)];

    public static bool IsSummary(SheetRow row, ColumnMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(mapping);
        var texts = row.Cells.Where(c => !c.IsBlank && c.Number is null && c.Date is null).ToList();
        if (texts.Count == 1 && row.Cells.Count(c => !c.IsBlank) == 1 && PillarHeadings.Contains(InitiativeColumns.Normalise(texts[0].Text)))
        {
            return true;
        }

        return mapping.IndexOf(InitiativeColumn.Title) is { } title
            && texts.Count == 1
            && row[title].Text.TrimStart().StartsWith("Total", StringComparison.OrdinalIgnoreCase);
    }
}
