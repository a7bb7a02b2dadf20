using MobilityPartnerships.Web.Features.BriefingPacks.Building;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Draws a table across as many pages as it needs: columns share the body's width by their weights, text wraps
/// within its cell, a row that fits on one page is never split, and each new page repeats the header row (after
/// the section's heading, marked as continued). A row taller than a page goes on over the next one.
/// </summary>
internal sealed class PdfTableWriter(PdfPages pages, PdfFonts fonts, Action startContinuedPage)
{
    private const double Padding = 3;
    private const double RuleWidth = 0.4;
    private static readonly PdfColour HeaderFill = new(0xDD, 0xE5, 0xF0);
    private static readonly PdfColour RowRule = new(0xB0, 0xB8, 0xC4);

    public void Draw(PackTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lineHeight = fonts.LineHeight;
        var totalWeight = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => PdfPages.Width * c.Weight / totalWeight).ToArray();
        var header = table.Columns.Select((c, i) => PdfTextWrap.Lines(c.Header, fonts.Bold, widths[i] - (2 * Padding))).ToArray();
        var headerHeight = (header.Max(h => h.Count) * lineHeight) + (2 * Padding);
        if (table.Rows.Count == 0)
        {
            DrawNote(table.EmptyNote);
            return;
        }

        if (!pages.Fits(headerHeight + lineHeight + (2 * Padding)))
        {
            startContinuedPage();
        }

        DrawHeader(table, widths, header, headerHeight);
        var pageRoom = PdfPages.Bottom - PdfPages.BodyTop - headerHeight - (3 * lineHeight);
        foreach (var row in table.Rows)
        {
            var font = row.Emphasis ? fonts.Bold : fonts.Body;
            var cells = row.Cells.Select((c, i) => PdfTextWrap.Lines(c.Text, font, widths[i] - (2 * Padding))).ToArray();
            var done = new int[cells.Length];
            var whole = (cells.Max(c => c.Count) * lineHeight) + (2 * Padding);
            while (true)
            {
                var left = cells.Select((c, i) => c.Count - done[i]).Max();
                var room = (int)Math.Floor((PdfPages.Bottom - pages.Y - (2 * Padding)) / lineHeight);
                var keepWhole = done.All(d => d == 0) && whole <= pageRoom;
                if (room < 1 || (keepWhole && room < left))
                {
                    startContinuedPage();
                    DrawHeader(table, widths, header, headerHeight);
                    continue;
                }

                var take = Math.Min(room, left);
                DrawSlice(table, widths, cells, done, take, font, lineHeight);
                if (cells.Select((c, i) => c.Count - done[i]).Max() <= 0)
                {
                    break;
                }
            }
        }

        pages.Y += lineHeight;
    }

    private void DrawHeader(PackTable table, double[] widths, List<string>[] header, double height)
    {
        pages.Canvas.Fill(PdfPages.Left, pages.Y, PdfPages.Width, height, HeaderFill);
        var x = PdfPages.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            DrawLines(header[c], 0, header[c].Count, fonts.Bold, x, widths[c], table.Columns[c].AlignRight);
            x += widths[c];
        }

        pages.Y += height;
        pages.Canvas.Line(PdfPages.Left, pages.Y, PdfPages.Left + PdfPages.Width, pages.Y, RuleWidth, RowRule);
    }

    private void DrawSlice(PackTable table, double[] widths, List<string>[] cells, int[] done, int take, PdfFont font, double lineHeight)
    {
        var x = PdfPages.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var count = Math.Clamp(cells[c].Count - done[c], 0, take);
            DrawLines(cells[c], done[c], count, font, x, widths[c], table.Columns[c].AlignRight);
            done[c] += count;
            x += widths[c];
        }

        pages.Y += (take * lineHeight) + (2 * Padding);
        pages.Canvas.Line(PdfPages.Left, pages.Y, PdfPages.Left + PdfPages.Width, pages.Y, RuleWidth, RowRule);
    }

    private void DrawLines(List<string> lines, int from, int count, PdfFont font, double x, double width, bool alignRight)
    {
        var y = pages.Y + Padding;
        for (var i = from; i < from + count; i++)
        {
            if (alignRight)
            {
                pages.Canvas.TextRight(lines[i], font, x + width - Padding, y);
            }
            else
            {
                pages.Canvas.Text(lines[i], font, x + Padding, y);
            }

            y += fonts.LineHeight;
        }
    }

    private void DrawNote(string note)
    {
        foreach (var line in PdfTextWrap.Lines(note, fonts.Body, PdfPages.Width))
        {
            if (!pages.Fits(fonts.LineHeight))
            {
                startContinuedPage();
            }

            pages.Canvas.Text(line, fonts.Body, PdfPages.Left, pages.Y);
            pages.Y += fonts.LineHeight;
        }

        pages.Y += fonts.LineHeight;
    }
}
