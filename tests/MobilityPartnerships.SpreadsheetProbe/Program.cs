using System.Diagnostics;
using Microsoft.Extensions.Options;
using MobilityPartnerships.SpreadsheetProbe;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

// Reads one file through the product's reader with its default limits, in a process of its own, and says how it ended:
//   probe make <kind> <file>   writes a spreadsheet bomb of that kind (wide-row, far-column, shared-strings, blank-rows, compressed)
//   probe read <file>          reads it; prints "refused: <message>" or "read: <rows> rows", then the time taken and the peak memory
if (args is ["make", var kind, var path])
{
    SpreadsheetBombs.Write(kind, path);
    Console.WriteLine($"wrote {path}: {new FileInfo(path).Length:N0} bytes");
    return 0;
}

if (args is not ["read", var file])
{
    Console.Error.WriteLine("usage: probe make <kind> <file> | probe read <file>");
    return 64;
}

var reader = new SpreadsheetReader(Options.Create(new SpreadsheetLimits()));
var clock = Stopwatch.StartNew();
await using var upload = File.OpenRead(file);
var reading = await reader.ReadAsync(upload, Path.GetFileName(file), null, CancellationToken.None);
clock.Stop();
Console.WriteLine(reading switch
{
    SheetReading.Refused refused => $"refused: {refused.Message}",
    SheetReading.Read read => $"read: {read.Workbook.Sheets.Sum(s => s.Rows.Count)} rows",
    _ => "unknown",
});
Console.WriteLine($"elapsed-ms: {clock.ElapsedMilliseconds}");
Console.WriteLine($"peak-rss-kb: {PeakResidentKilobytes()}");
return 0;

// The most memory the process has held, as Linux counts it (VmHWM); unknown elsewhere.
static string PeakResidentKilobytes()
{
    const string status = "/proc/self/status";
    var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
    return line?["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim() ?? "unknown";
}
