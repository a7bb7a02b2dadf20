using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// The "Funding lines" sheet of an exported workbook: every funding line of every initiative, one per row, so an
/// initiative funded from several sources imports back exactly. Rows are found by reference code, else title.
/// </summary>
internal sealed class FundingLinesSheet
{
    public const string Name = "Funding lines";

    private readonly ILookup<string, SheetRow> byKey;

    private FundingLinesSheet(ColumnMapping mapping, ILookup<string, SheetRow> byKey)
    {
        Mapping = mapping;
        this.byKey = byKey;
    }

    public ColumnMapping Mapping { get; }

    /// <summary>The sheet of a workbook, when it has one with a recognisable header.</summary>
    public static FundingLinesSheet? Of(Workbook workbook)
    {
        if (workbook.Named(Name) is not { } sheet || ColumnMapping.Detect(sheet) is not { } mapping
            || (!mapping.Maps(InitiativeColumn.ReferenceCode) && !mapping.Maps(InitiativeColumn.Title)))
        {
            return null;
        }

        var rows = sheet.Rows.Where(r => r.Number > mapping.HeaderRow);
        return new FundingLinesSheet(mapping, rows.ToLookup(r => KeyOf(mapping, r)));
    }

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
