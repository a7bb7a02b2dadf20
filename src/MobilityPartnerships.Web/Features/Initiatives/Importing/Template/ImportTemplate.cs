using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using CellAddress = MobilityPartnerships.Web.Features.Initiatives.Importing.Reading.CellAddress;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Template;

/// <summary>
/// The workbook a user fills in to import initiatives: the exported sheet's headers, frozen, and a second sheet
/// with the words each fixed column accepts and how amounts, months and lists are written, in the language of the user
/// who downloads it.
/// </summary>
public static class ImportTemplate
{
    public const string FileName = "initiatives-template.xlsx";

    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
            AddSheet(workbook, Text("ImportTemplate_Sheet_Initiatives"), [[.. InitiativeColumns.Exported.Select(InitiativeColumns.HeaderOf)]], frozen: true);
            AddSheet(workbook, Text("ImportTemplate_Sheet_Guide"), Guide(), frozen: false);
        }

        Scoreboards.Exporting.SpreadsheetNamespaces.UseDefaultNamespace(stream);
        return stream.ToArray();
    }

    private static List<string[]> Guide() =>
    [
        [Text("ImportTemplate_Column"), Text("ImportTemplate_WhatToWrite")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Title), Text("ImportTemplate_Title")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.ReferenceCode), Text("ImportTemplate_ReferenceCode")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Pillar), string.Join("; ", Enum.GetValues<Pillar>().Select(SheetLabels.Of))],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Status), string.Join("; ", Enum.GetValues<InitiativeStatus>().Select(SheetLabels.Of))],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Novelty), string.Join("; ", Enum.GetValues<Novelty>().Select(SheetLabels.Of))],
        [InitiativeColumns.HeaderOf(InitiativeColumn.FundingSource), string.Join("; ", Enum.GetValues<FundingSourceKind>().Select(SheetLabels.Of))],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Shareable), Text("ImportTemplate_YesOrNo", SheetLabels.Yes, SheetLabels.No)],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Partners), Text("ImportTemplate_Partners")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.ThematicAreas), Text("ImportTemplate_ThematicAreas")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.StartMonth), Text("ImportTemplate_Month")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.TotalBudget), Text("ImportTemplate_Amount")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Priority), Text("ImportTemplate_Priority")],
        [InitiativeColumns.HeaderOf(InitiativeColumn.Commitment), Text("ImportTemplate_Commitment")],
        [Text("ImportTemplate_AnyColumn"), Text("ImportTemplate_ToBeDetermined", SheetLabels.ToBeDetermined)],
    ];

    /// <summary>A text of the guide in the language of the user who downloads the template.</summary>
    private static string Text(string key, params object[] values) => ResourceText.Format(key, values);

    private static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<string[]> rows, bool frozen)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 1;
        foreach (var values in rows)
        {
            var bold = number == 1;
            var row = number;

            // Each cell says where it is: a reader such as exceljs places none without it.
            data.Append(new Row(values.Select((v, column) => new Cell
            {
                CellReference = CellAddress.LettersOf(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(Scoreboards.Exporting.WorkbookText.Of(v))),
                StyleIndex = bold ? 1u : 0u,
            }))
            { RowIndex = number++ });
        }

        var columns = new Columns(Enumerable.Range(1, rows.Max(r => r.Length)).Select(i => new Column { Min = (uint)i, Max = (uint)i, Width = frozen ? 22 : (i == 1 ? 28 : 100), CustomWidth = true }));
        var worksheet = new Worksheet();
        if (frozen)
        {
            worksheet.Append(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
        }

        worksheet.Append(columns, data);
        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = name });
    }
}
