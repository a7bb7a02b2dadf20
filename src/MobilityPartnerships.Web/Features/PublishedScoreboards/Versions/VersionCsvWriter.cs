using System.Text;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>Writes a published version as CSV, as the scoreboard's CSV is written: UTF-8 with a byte order mark, a header, one row per initiative, no totals.</summary>
public static class VersionCsvWriter
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static async Task WriteAsync(PublishedVersion version, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(ByteOrderMark, cancellationToken);
        await using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        await writer.WriteAsync(Line(VersionSheet.Headers.Select(SheetValue.OfText)).AsMemory(), cancellationToken);
        foreach (var row in version.Rows)
        {
            await writer.WriteAsync(Line(VersionSheet.Values(row)).AsMemory(), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Line(IEnumerable<SheetValue> values) => string.Join(',', values.Select(CsvScoreboardWriter.Field)) + "\r\n";
}
