using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MobilityPartnerships.SpreadsheetProbe;

/// <summary>
/// Workbooks of a few kilobytes to a few megabytes that ask a reader for far more work or memory than their size:
/// each kind of spreadsheet bomb the reader must refuse cheaply. Written as a stream, never held in memory.
/// </summary>
public static class SpreadsheetBombs
{
    /// <summary>One row of two and a half million cells, all claiming to be A1.</summary>
    public const string WideRow = "wide-row";

    /// <summary>One cell at a far column (SF, the last one allowed) in each of a million rows: padding up to it would hold 500 million cells.</summary>
    public const string FarColumn = "far-column";

    /// <summary>A table of three million texts.</summary>
    public const string SharedStrings = "shared-strings";

    /// <summary>Three million empty rows.</summary>
    public const string BlankRows = "blank-rows";

    /// <summary>A sheet that unpacks from about 200 KB to 200 MB.</summary>
    public const string Compressed = "compressed";

    public static IReadOnlyList<string> Kinds { get; } = [WideRow, FarColumn, SharedStrings, BlankRows, Compressed];

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(string kind, string path)
    {
        using var file = File.Create(path);
        Write(kind, file);
    }

    public static void Write(string kind, Stream output) =>
        WriteWorkbook(
            output,
            w => SheetData(kind, w),
            kind != SharedStrings ? null : w =>
            {
                for (var i = 0; i < 3_000_000; i++)
                {
                    w.Write("<si><t>x</t></si>");
                }
            });

    /// <summary>A workbook of one sheet, "Initiatives", whose &lt;sheetData&gt; and table of texts (&lt;sst&gt;) are written by the callers.</summary>
    public static void WriteWorkbook(Stream output, Action<StreamWriter> sheetData, Action<StreamWriter>? sharedStrings = null)
    {
        ArgumentNullException.ThrowIfNull(sheetData);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var withStrings = sharedStrings is not null;
        Put(zip, "[Content_Types].xml", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + (withStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : string.Empty)
            + "</Types>"));
        Put(zip, "_rels/.rels", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Put(zip, "xl/workbook.xml", w => w.Write(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Initiatives\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        Put(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (withStrings ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : string.Empty)
            + "</Relationships>"));
        if (withStrings)
        {
            Put(zip, "xl/sharedStrings.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
                sharedStrings!(w);
                w.Write("</sst>");
            });
        }

        Put(zip, "xl/worksheets/sheet1.xml", w =>
        {
            w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
            sheetData(w);
            w.Write("</sheetData></worksheet>");
        });
    }

    private static void SheetData(string kind, StreamWriter w)
    {
        switch (kind)
        {
            case WideRow:
                w.Write("<row r=\"1\">");
                for (var i = 0; i < 2_500_000; i++)
                {
                    w.Write("<c r=\"A1\"><v>1</v></c>");
                }

                w.Write("</row>");
                break;
            case FarColumn:
                for (var r = 1; r <= 1_000_000; r++)
                {
                    var row = r.ToString(CultureInfo.InvariantCulture);
                    w.Write($"<row r=\"{row}\"><c r=\"SF{row}\"><v>1</v></c></row>");
                }

                break;
            case SharedStrings:
                w.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
                break;
            case BlankRows:
                for (var r = 1; r <= 3_000_000; r++)
                {
                    w.Write("<row r=\"");
                    w.Write(r.ToString(CultureInfo.InvariantCulture));
                    w.Write("\"/>");
                }

                break;
            case Compressed:
                w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
                var block = new string(' ', 1 << 20);
                for (var i = 0; i < 200; i++)
                {
                    w.Write(block);
                }

                w.Write("</t></is></c></row>");
                break;
            default:
                throw new ArgumentException($"Unknown kind of bomb: {kind}. Kinds: {string.Join(", ", Kinds)}.", nameof(kind));
        }
    }

    private static void Put(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
