using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// What each column of an initiatives sheet holds for one initiative, in the sheet's own words
/// (<see cref="SheetLabels"/>), so the sheet imports back as it was.
/// </summary>
public static class SheetCells
{
    public static SheetValue Of(ExportedInitiative initiative, InitiativeColumn column)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var lines = initiative.FundingLines;
        return column switch
        {
            InitiativeColumn.ReferenceCode => SheetValue.OfText(initiative.ReferenceCode),
            InitiativeColumn.Title => SheetValue.OfText(initiative.Title),
            InitiativeColumn.Summary => SheetValue.OfText(initiative.Summary),
            InitiativeColumn.Pillar => SheetValue.OfText(SheetLabels.Of(initiative.Pillar)),
            InitiativeColumn.ThematicAreas => List(initiative.ThematicAreas),
            InitiativeColumn.Lead => SheetValue.OfText(initiative.Lead),
            InitiativeColumn.Partners => List(initiative.Partners),
            InitiativeColumn.ImplementingPartners => List(initiative.ImplementingPartners),
            InitiativeColumn.ResponsibleService => SheetValue.OfText(initiative.ResponsibleService),
            InitiativeColumn.StartMonth => SheetValue.OfMonth(initiative.StartMonth),
            InitiativeColumn.EndMonth => SheetValue.OfMonth(initiative.EndMonth),
            InitiativeColumn.DurationMonths => SheetValue.OfWholeNumber(initiative.DurationMonths),
            InitiativeColumn.PeriodNote => SheetValue.OfText(initiative.PeriodNote),
            InitiativeColumn.AnnouncedStartMonth => SheetValue.OfMonth(initiative.AnnouncedStartMonth),
            InitiativeColumn.AnnouncedEndMonth => SheetValue.OfMonth(initiative.AnnouncedEndMonth),
            InitiativeColumn.Status => SheetValue.OfText(SheetLabels.Of(initiative.Status)),
            InitiativeColumn.Novelty => SheetValue.OfText(SheetLabels.Of(initiative.Novelty)),
            InitiativeColumn.Location => SheetValue.OfText(initiative.Location),
            InitiativeColumn.Shareable => SheetValue.OfText(SheetLabels.Of(initiative.IsShareable)),

            // One line fills these cells as it is; several are listed, and the "Funding lines" sheet holds each of them.
            InitiativeColumn.FundingSource => List(lines.Select(f => SheetLabels.Of(f.Source))),
            InitiativeColumn.FundingProgramme => List(lines.Select(f => f.Programme)),
            InitiativeColumn.Contributor => List(lines.Select(f => f.Contributor)),
            InitiativeColumn.TotalBudget => SheetValue.OfAmount(initiative.TotalBudget.Sum),
            InitiativeColumn.EuContribution => SheetValue.OfAmount(initiative.EuContribution.Sum),
            InitiativeColumn.Priority => SheetValue.OfText(initiative.Priority),
            InitiativeColumn.Commitment => SheetValue.OfText(initiative.Commitment),
            _ when InitiativeFields.StoredIn(column) is { } stored => SheetValue.OfText(initiative.Stored[stored.Name]),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Only the import reads this column; the export writes its parts."),
        };
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
    public static SheetValue[] OfFundingLine(string sheetName, ExportedInitiative initiative, ExportedFundingLine line)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(line);
        return
        [
            SheetValue.OfText(sheetName),
            SheetValue.OfText(initiative.ReferenceCode),
            SheetValue.OfText(initiative.Title),
            SheetValue.OfText(SheetLabels.Of(line.Source)),
            SheetValue.OfText(line.Programme),
            SheetValue.OfText(line.Contributor),
            SheetValue.OfAmount(line.TotalBudget),
            SheetValue.OfAmount(line.EuContribution),
        ];
    }

    private static SheetValue List(IEnumerable<string?> names) =>
        SheetValue.OfText(string.Join(SheetLabels.ListSeparator, names.Where(n => !string.IsNullOrEmpty(n))));
}
