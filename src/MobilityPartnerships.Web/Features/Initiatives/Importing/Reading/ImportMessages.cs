using System.Globalization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>What a user is told when an uploaded file cannot be read as a sheet, in the user's language.</summary>
internal static class ImportMessages
{
    public static string Empty => Text("Import_File_Empty");

    public static string NoRows => Text("Import_File_NoRows");

    public static string NotASpreadsheet => Text("Import_File_NotASpreadsheet");

    public static string NotAWorkbook => Text("Import_File_NotAWorkbook");

    public static string LegacyExcel => Text("Import_File_LegacyExcel");

    public static string TooLarge(long maxBytes) => Text("Import_File_TooLarge", Size(maxBytes));

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024):0.#} MB")
        : string.Create(CultureInfo.CurrentCulture, $"{Math.Ceiling(bytes / 1024d)} KB");

    /// <summary>The most hidden sheets a message names; more are counted.</summary>
    public const int HiddenSheetsNamed = 5;

    /// <summary>
    /// What the import leaves aside without a word otherwise: the workbook's hidden sheets, which it neither offers nor
    /// reads (a user hides a sheet of lists or old rows), named, at most <see cref="HiddenSheetsNamed"/> then counted; none
    /// when no sheet is hidden.
    /// </summary>
    public static string? HiddenSheetsLeftOut(Workbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var hidden = workbook.Sheets.Where(s => s.IsHidden).Select(s => s.Name).ToList();
        if (hidden.Count == 0)
        {
            return null;
        }

        var named = string.Join(", ", hidden.Take(HiddenSheetsNamed).Select(name => Text("Import_File_SheetQuoted", name)));
        return hidden.Count > HiddenSheetsNamed
            ? ResourceText.Counted("Import_File_HiddenSheetsAndMore", hidden.Count - HiddenSheetsNamed, named, Count(hidden.Count - HiddenSheetsNamed))
            : Text("Import_File_HiddenSheets", named);
    }

    /// <summary>A part the reader needs that a relationship names but the file lacks.</summary>
    public static string PartMissing(string part, string what) => Text("Import_File_PartMissing", what, part);

    /// <summary>Cells that refer to texts the file does not hold.</summary>
    public static string PartMissingText(string part) => Text("Import_File_PartMissingText", part);

    /// <summary>A part the reader needs that is damaged.</summary>
    public static string PartUnreadable(string part, string what) => Text("Import_File_PartUnreadable", what, part);

    /// <summary>The words naming a part of a workbook, as the messages above say them.</summary>
    public static string WorkbookMainPart => Text("Import_File_Part_WorkbookMain");

    public static string ASheet => Text("Import_File_Part_Sheet");

    public static string SheetNamed(string name) => Text("Import_File_Part_SheetNamed", name);

    public static string TextsPart => Text("Import_File_Part_Texts");

    public static string FormatsPart => Text("Import_File_Part_Formats");

    public static string TooManyRows(int maxRows) => Text("Import_File_TooManyRows", Count(maxRows));

    private static string Text(string key, params object[] values) => ResourceText.Format(key, values);

    private static string Count(long count) => count.ToString("N0", CultureInfo.CurrentCulture);

    public static string TooManyBlankRows(int maxBlankRows) => Text("Import_Limit_BlankRows", Count(maxBlankRows));

    public static string ColumnBeyond(string sheet, int column, int maxColumns) =>
        Text("Import_Limit_Columns", sheet, CellAddress.LettersOf(Math.Min(column, SpreadsheetLimits.LastColumn)), CellAddress.LettersOf(maxColumns - 1));

    public static string TooManyCellsInRow(string sheet, int row, int maxCellsPerRow) => Text("Import_Limit_CellsPerRow", sheet, Count(row), Count(maxCellsPerRow));

    public static string TooManyCells(int maxCells) => Text("Import_Limit_Cells", Count(maxCells));

    public static string TooManyTexts(int maxSharedStrings) => Text("Import_Limit_SharedStrings", Count(maxSharedStrings));

    public static string TextsTooLarge(long maxBytes) => Text("Import_Limit_SharedStringBytes", Size(maxBytes));

    public static string TooManyParts(int maxParts) => Text("Import_Limit_Parts", Count(maxParts));

    public static string PartTooLarge(string part, long maxBytes) => Text("Import_Limit_PartBytes", part, Size(maxBytes));

    public static string InflatedTooLarge(long maxBytes) => Text("Import_Limit_InflatedBytes", Size(maxBytes));

    public static string TookTooLong(int seconds) => Text("Import_Limit_Time", Count(seconds));

    public static string CsvQuoting(int row) => Text("Import_Csv_Quoting", Count(row));

    public static string CsvCharacter(int row, char character) =>
        Text("Import_Csv_Character", Count(row), string.Create(CultureInfo.InvariantCulture, $"\u201C{character}\u201D (U+{(int)character:X4})"));

    public static string CsvRowTooLong(int row) => Text("Import_Csv_RowTooLong", Count(row));

    public static string QueueUser => Text("Import_Queue_User");

    public static string QueueFull => Text("Import_Queue_Full");
}
