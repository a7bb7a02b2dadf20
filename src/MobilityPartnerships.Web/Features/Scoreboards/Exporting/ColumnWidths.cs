using System.Globalization;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Column widths, in characters, that fit a sheet's content within bounds: wide enough for the header and the
/// longest value, never wider than <see cref="MaxWidth"/> (<see cref="MaxTextWidth"/> for the title and summary,
/// whose long text wraps instead).
/// </summary>
public sealed class ColumnWidths
{
    public const int MinWidth = 8;
    public const int MaxWidth = 40;
    public const int MaxTextWidth = 60;

    private const int Padding = 2;
    private readonly int[] widest;
    private readonly int[] bounds;

    public ColumnWidths(IReadOnlyList<string> headers, IReadOnlyList<InitiativeColumn?> columns)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(columns);
        widest = [.. headers.Select(h => h.Length)];
        bounds = [.. columns.Select(c => c is InitiativeColumn.Title or InitiativeColumn.Summary ? MaxTextWidth : MaxWidth)];
    }

    /// <summary>The most characters column <paramref name="index"/> shows on one line; longer text wraps.</summary>
    public int LineLength(int index) => bounds[index] - Padding;

    /// <summary>Widens column <paramref name="index"/> to show the value, up to its bound.</summary>
    public void Measure(int index, SheetValue value)
    {
        var length = value.Kind switch
        {
            SheetValueKind.Text => LongestLine(value.Text),
            SheetValueKind.Month => 8,
            SheetValueKind.WholeNumber => value.Number.ToString("0", CultureInfo.InvariantCulture).Length,
            SheetValueKind.Amount => value.Number.ToString("#,##0.00", CultureInfo.InvariantCulture).Length,
            _ => 0,
        };
        widest[index] = Math.Max(widest[index], length);
    }

    public double WidthOf(int index) => Math.Clamp(widest[index] + Padding, MinWidth, bounds[index]);

    /// <summary>Whether the text needs more than one line in column <paramref name="index"/>.</summary>
    public bool Wraps(int index, string text) => text.Contains('\n', StringComparison.Ordinal) || text.Length > LineLength(index);

    private static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }
}
