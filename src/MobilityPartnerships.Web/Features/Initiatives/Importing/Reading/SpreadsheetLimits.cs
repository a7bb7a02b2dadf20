using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// How large an uploaded sheet may be, from the <c>Spreadsheets</c> configuration section. Every limit is checked
/// while the file is read, before the work it would cost is done: a file of a few kilobytes cannot make the server
/// unpack, hold or walk more than these allow.
/// </summary>
public sealed class SpreadsheetLimits
{
    public const string Section = "Spreadsheets";

    /// <summary>The last column a spreadsheet program knows: XFD, the 16,384th.</summary>
    public const int LastColumn = 16_384;

    /// <summary>The largest file accepted, in bytes (10 MB by default).</summary>
    [Range(1, 512L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>The most rows a sheet may hold, header included (20,000 by default).</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 20_000;

    /// <summary>The most empty rows a file may hold (100,000 by default): they cost reading though nothing is kept.</summary>
    [Range(0, 10_000_000)]
    public int MaxBlankRows { get; set; } = 100_000;

    /// <summary>The number of columns a sheet may use (500 by default, column SF); never beyond XFD.</summary>
    [Range(1, LastColumn)]
    public int MaxColumns { get; set; } = 500;

    /// <summary>The most cells one row of a file may hold, blank ones included (1,000 by default).</summary>
    [Range(1, 1_000_000)]
    public int MaxCellsPerRow { get; set; } = 1_000;

    /// <summary>The most cells a file's rows may hold in all, blank cells between filled ones included (1,000,000 by default).</summary>
    [Range(1, 100_000_000)]
    public int MaxCells { get; set; } = 1_000_000;

    /// <summary>The most different texts a workbook's table of texts may hold (500,000 by default).</summary>
    [Range(0, 10_000_000)]
    public int MaxSharedStrings { get; set; } = 500_000;

    /// <summary>The most a workbook's table of texts may hold in all, in UTF-8 bytes (32 MB by default).</summary>
    [Range(0, 1024L * 1024 * 1024)]
    public long MaxSharedStringBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>The most bytes one part of a workbook may unpack to, counted while unpacking (64 MB by default).</summary>
    [Range(1, 4L * 1024 * 1024 * 1024)]
    public long MaxPartBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// The most bytes a part describing the workbook (its list of parts, relationships, main part and formats) may
    /// unpack to (8 MB by default): those are read whole, so they are held to less than a sheet.
    /// </summary>
    [Range(1, 4L * 1024 * 1024 * 1024)]
    public long MaxStructurePartBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>
    /// The most parts (files inside the zip) a workbook may hold (1,000 by default; a workbook of a few sheets has a few
    /// dozen). Counted from the zip's own directory record before any entry is listed.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxParts { get; set; } = 1_000;

    /// <summary>The most bytes all parts of a workbook may unpack to together, counted while unpacking (128 MB by default).</summary>
    [Range(1, 16L * 1024 * 1024 * 1024)]
    public long MaxInflatedBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>How long reading a file, or working out what importing it would do, may take (60 seconds by default).</summary>
    [Range(1, 3600)]
    public int MaxReadSeconds { get; set; } = 60;

    /// <summary>How many files one user may have read or checked at the same time (1 by default).</summary>
    [Range(1, 100)]
    public int MaxReadsPerUser { get; set; } = 1;

    /// <summary>How many files the server reads or checks at the same time, for all users (2 by default).</summary>
    [Range(1, 100)]
    public int MaxReadsAtOnce { get; set; } = 2;

    /// <summary>How many reads may wait for their turn (20 by default); beyond that a read is refused.</summary>
    [Range(0, 10_000)]
    public int MaxReadsWaiting { get; set; } = 20;
}
