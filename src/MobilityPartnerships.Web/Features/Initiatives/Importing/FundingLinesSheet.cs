using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// The "Funding lines" sheet of an exported workbook: every funding line of every initiative, one per row, so an
/// initiative funded from several sources imports back exactly. Rows are found by reference code, else title.
/// </summary>
internal sealed class FundingLinesSheet
{
    private readonly string name;

    private readonly ILookup<string, SheetRow> byKey;
    private readonly int? partnershipIndex;
    private readonly HashSet<string> sheetNames;

    private FundingLinesSheet(string name, ColumnMapping mapping, ILookup<string, SheetRow> byKey, int? partnershipIndex, HashSet<string> sheetNames)
    {
        this.name = name;
        Mapping = mapping;
        this.byKey = byKey;
        this.partnershipIndex = partnershipIndex;
        this.sheetNames = sheetNames;
    }

    public ColumnMapping Mapping { get; }

    /// <summary>The sheet's name in the workbook: "Funding lines" or "Lignes de financement".</summary>
    public string Name => name;

    /// <summary>The name of a workbook's funding-lines sheet, or the one an export would write when it has none.</summary>
    public static string NameIn(FundingLinesSheet? sheet) => sheet?.Name ?? Scoreboards.Exporting.SheetNames.FundingLines;

    /// <summary>Whether a sheet is named as an export names its funding-lines sheet, in either language.</summary>
    public static bool IsNamed(string sheetName) =>
        Scoreboards.Exporting.SheetNames.FundingLinesWord.Both.Contains(sheetName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The sheet of a workbook, when it has one with a recognisable header.</summary>
    public static FundingLinesSheet? Of(Workbook workbook)
    {
        if (Scoreboards.Exporting.SheetNames.FundingLinesWord.Both.Select(workbook.Named).FirstOrDefault(s => s is not null) is not { } sheet || ColumnMapping.Detect(sheet) is not { } mapping
            || (!mapping.Maps(InitiativeColumn.ReferenceCode) && !mapping.Maps(InitiativeColumn.Title)))
        {
            return null;
        }

        var rows = sheet.Rows.Where(r => r.Number > mapping.HeaderRow);
        var partnership = mapping.Headers.Select((h, i) => (h, i)).Where(x => PartnershipKeys.Contains(InitiativeColumns.Normalise(x.h ?? string.Empty))).Select(x => (int?)x.i).FirstOrDefault();
        return new FundingLinesSheet(
            sheet.Name,
            mapping,
            rows.ToLookup(r => KeyOf(mapping, r)),
            partnership,
            new HashSet<string>(workbook.Sheets.Select(s => s.Name), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The lines that name an initiative no row of the imported sheet lists: of that sheet's partnership (the line's
    /// "Partnership" cell names it, or no sheet of the workbook, or the column is blank or absent). Lines of the
    /// workbook's other partnerships' sheets are theirs. Each with the cell that names the initiative and what it says.
    /// </summary>
    public IEnumerable<(SheetRow Line, int Column, string Names)> Unclaimed(string sheetName, IEnumerable<(string? Title, string? Code)> rows)
    {
        var claimed = rows.Select(r => r.Code is not null ? CodeKey(r.Code) : TitleKey(r.Title ?? string.Empty)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in byKey.Where(g => !claimed.Contains(g.Key)))
        {
            foreach (var line in group)
            {
                var partnership = partnershipIndex is { } p ? line[p].Text.Trim() : string.Empty;
                if ((partnership.Length > 0 && !string.Equals(partnership, sheetName, StringComparison.OrdinalIgnoreCase) && sheetNames.Contains(partnership))
                    || line.Cells.All(c => c.IsBlank))
                {
                    continue;
                }

                var column = group.Key.StartsWith("code:", StringComparison.Ordinal) ? Mapping.IndexOf(InitiativeColumn.ReferenceCode) : null;
                column ??= Mapping.IndexOf(InitiativeColumn.Title) ?? 0;
                yield return (line, column.Value, ShownCell.Of(line[column.Value].Text.Trim()));
            }
        }
    }

    /// <summary>The line's "Partnership" cell ("'Funding lines'!A3") and what it says, when it names no sheet of the workbook.</summary>
    public (string Cell, string Names)? UnknownPartnership(SheetRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (partnershipIndex is not { } index || line[index].Text.Trim() is not { Length: > 0 } names || sheetNames.Contains(names))
        {
            return null;
        }

        return ($"'{name}'!{CellAddress.LettersOf(index)}{line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ShownCell.Of(names));
    }

    private static readonly HashSet<string> PartnershipKeys = [.. Scoreboards.Exporting.SheetCells.FundingLinesPartnership.Both.Select(InitiativeColumns.Normalise)];

    public IReadOnlyList<SheetRow> LinesOf(string? title, string? code) =>
        [.. byKey[code is not null ? CodeKey(code) : TitleKey(title ?? string.Empty)]];

    private static string KeyOf(ColumnMapping mapping, SheetRow row)
    {
        var code = mapping.IndexOf(InitiativeColumn.ReferenceCode) is { } c ? row[c].Text.Trim() : string.Empty;
        var title = mapping.IndexOf(InitiativeColumn.Title) is { } t ? row[t].Text.Trim() : string.Empty;
        if (code.Length == 0 && title.Length > 0)
        {
            code = ImportCellValues.SplitTitle(title).Code ?? string.Empty;
        }

        return code.Length > 0 ? CodeKey(code) : TitleKey(title);
    }

    private static string CodeKey(string code) => "code:" + code.Trim().ToUpperInvariant();

    private static string TitleKey(string title) => "title:" + InitiativeColumns.Normalise(title);
}
