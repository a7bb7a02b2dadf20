using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Writes one partnership's scoreboard as CSV (RFC 4180): UTF-8 with a byte order mark so that Excel reads the
/// accents, a header row, then one row per initiative in the scoreboard's order; no totals. Fields with a comma,
/// quote or line break are quoted; text that looks like a formula gets a leading apostrophe. Months are written as
/// "yyyy-MM", amounts as "1234567.89" (no thousands separator), both without regard to culture; an amount partly not
/// known is the sum of what is known (blank when nothing is), with the count of what it does not know beside it
/// (<see cref="NotKnownColumn"/>).
/// </summary>
public static class CsvScoreboardWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static async Task WriteAsync(ExportedPartnership partnership, IReadOnlyList<InitiativeColumn> columns, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(ByteOrderMark, cancellationToken);
        await using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        var written = WrittenColumn.Of(columns);
        var line = new StringBuilder();
        AppendRow(line, written.Select(c => SheetValue.OfText(c.Header)));
        await writer.WriteAsync(line, cancellationToken);
        foreach (var initiative in partnership.Initiatives)
        {
            line.Clear();
            AppendRow(line, written.Select(c => c.CellOf(initiative)));
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>The value as a CSV field: neutralised, and quoted when it needs to be.</summary>
    public static string Field(SheetValue value) => value.Kind switch
    {
        SheetValueKind.Text => Quoted(FormulaGuard.Neutralise(value.Text)),
        SheetValueKind.Month => value.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        SheetValueKind.WholeNumber => value.Number.ToString("0", CultureInfo.InvariantCulture),
        SheetValueKind.Amount => value.Number.ToString("0.00", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    private static void AppendRow(StringBuilder line, IEnumerable<SheetValue> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                line.Append(',');
            }

            line.Append(Field(value));
            first = false;
        }

        line.Append("\r\n");
    }

    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 && (text.Length == 0 || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])))
            ? text
            : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
