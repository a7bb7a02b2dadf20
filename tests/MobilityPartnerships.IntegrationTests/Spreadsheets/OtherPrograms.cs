using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

namespace MobilityPartnerships.IntegrationTests.Spreadsheets;

/// <summary>
/// Reads a workbook the product wrote with other programs — exceljs (node, <c>scripts/workbooks</c>, installed by
/// <c>npm ci</c> there) and openpyxl (Debian's python3-openpyxl) — and with the Open XML SDK, each cell as
/// "Sheet!A1 type value", so the three readings can be compared cell by cell.
/// </summary>
internal static class OtherPrograms
{
    private static readonly string Scripts = Path.Combine(RepositoryPaths.Root, "scripts", "workbooks");

    /// <summary>Asserts that exceljs and openpyxl read every cell of the workbook with the value and type the Open XML SDK reads.</summary>
    public static async Task AssertReadAlikeAsync(byte[] workbook)
    {
        var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName() + ".xlsx");
        await File.WriteAllBytesAsync(path, workbook, TestContext.Current.CancellationToken);
        try
        {
            var expected = OpenXmlCells(workbook);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await DumpAsync("node", Path.Combine(Scripts, "dump-cells.mjs"), path, "exceljs (node): run npm ci in scripts/workbooks"));
            var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
            Assert.Equal(expected, await DumpAsync(python, Path.Combine(Scripts, "dump_cells.py"), path, "openpyxl (Debian: apt-get install python3-openpyxl)"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The cells as the Open XML SDK reads them, with the product's own rule for which number formats are dates.</summary>
    public static List<string> OpenXmlCells(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var dates = ShownFormats.Of(workbookPart);
        var cells = new List<string>();
        foreach (var sheet in workbookPart.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var rowNumber = 0u;
            foreach (var row in part.Worksheet!.Descendants<Row>())
            {
                rowNumber = row.RowIndex?.Value ?? rowNumber + 1;
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = CellAddress.ColumnOf(cell.CellReference?.Value) ?? column;
                    var reference = CellAddress.LettersOf(column) + rowNumber.ToString(CultureInfo.InvariantCulture);
                    column++;
                    var raw = cell.CellValue?.Text;
                    var type = cell.DataType?.Value;
                    (string Type, string Value)? read =
                        type == CellValues.InlineString ? ("string", cell.InlineString?.InnerText ?? string.Empty)
                        : raw is null ? null
                        : type == CellValues.SharedString ? ("string", strings[int.Parse(raw, CultureInfo.InvariantCulture)])
                        : type == CellValues.String ? ("string", raw)
                        : type == CellValues.Boolean ? ("boolean", raw == "1" ? "true" : "false")
                        : type == CellValues.Error ? ("error", raw)
                        : dates.IsDate(cell.StyleIndex?.Value) ? ("date", DateTime.FromOADate(double.Parse(raw, CultureInfo.InvariantCulture)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture))
                        : ("number", Number(double.Parse(raw, CultureInfo.InvariantCulture)));
                    if (read is { } value && value.Value.Length > 0)
                    {
                        cells.Add($"{sheet.Name!.Value}!{reference} {value.Type} {value.Value}");
                    }
                }
            }
        }

        return cells;
    }

    private static async Task<List<string>> DumpAsync(string program, string script, string path, string what)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{what} could not read the workbook: {await errors}");

        using var json = JsonDocument.Parse(await output);
        var cells = new List<string>();
        foreach (var sheet in json.RootElement.GetProperty("sheets").EnumerateArray())
        {
            var name = sheet.GetProperty("name").GetString();
            foreach (var cell in sheet.GetProperty("cells").EnumerateArray())
            {
                var value = cell.GetProperty("value");
                var text = value.ValueKind switch
                {
                    JsonValueKind.Number => Number(value.GetDouble()),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => value.GetString() ?? string.Empty,
                };
                cells.Add($"{name}!{cell.GetProperty("ref").GetString()} {cell.GetProperty("type").GetString()} {text}");
            }
        }

        return cells;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
