using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// What each column of an initiatives sheet holds for one initiative, in the sheet's own words
/// (<see cref="SheetLabels"/>), so the sheet imports back as it was.
/// </summary>
public static class SheetCells
{
    /// <summary>The cell the catalogue of an initiative's fields writes for the column.</summary>
    public static SheetValue Of(InitiativeDetails initiative, InitiativeColumn column)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return InitiativeFields.Column(column).Write is { } write
            ? write(initiative)
            : throw new ArgumentOutOfRangeException(nameof(column), column, "Only the import reads this column; the export writes its parts.");
    }

    /// <summary>The header of the "Funding lines" sheet's column that names each line's partnership sheet.</summary>
    public static readonly SheetWord FundingLinesPartnership = new("Partnership", "Partenariat");

    /// <summary>The columns of the "Funding lines" sheet, in the exporting user's language.</summary>
    public static IReadOnlyList<string> FundingLineHeaders =>
    [
        FundingLinesPartnership.Current,
        InitiativeColumns.HeaderOf(InitiativeColumn.ReferenceCode),
        InitiativeColumns.HeaderOf(InitiativeColumn.Title),
        InitiativeColumns.HeaderOf(InitiativeColumn.FundingSource),
        InitiativeColumns.HeaderOf(InitiativeColumn.FundingProgramme),
        InitiativeColumns.HeaderOf(InitiativeColumn.Contributor),
        InitiativeColumns.HeaderOf(InitiativeColumn.TotalBudget),
        InitiativeColumns.HeaderOf(InitiativeColumn.EuContribution),
    ];

    /// <summary>One row of the "Funding lines" sheet: the partnership's sheet, the initiative it belongs to, and the line.</summary>
    public static SheetValue[] OfFundingLine(string sheetName, InitiativeDetails initiative, FundingLineView line)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(line);
        return
        [
            SheetValue.OfText(sheetName),
            SheetValue.OfText(initiative.ReferenceCode),
            SheetValue.OfText(initiative.Title),
            SheetValue.OfText(SheetLabels.Of(line.SourceKind)),
            SheetValue.OfText(line.Programme),
            SheetValue.OfText(line.Contributor),
            SheetValue.OfAmount(line.TotalBudget),
            SheetValue.OfAmount(line.EuContribution),
        ];
    }
}
