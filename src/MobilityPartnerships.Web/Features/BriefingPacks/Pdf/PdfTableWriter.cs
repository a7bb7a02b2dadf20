using MobilityPartnerships.Web.Features.BriefingPacks.Building;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Draws a table across as many pages as it needs: columns share the body's width by their weights, each at least
/// as wide as its longest word where the page allows (see <see cref="Widths"/>), text wraps within its cell and starts
/// at the side its direction reads from (a right-to-left name against the cell's right edge), a row that fits on one
/// page is never split, and each new page repeats the header row (after the section's heading, marked as continued).
/// A row taller than a page goes on over the next one.
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
        var widths = Widths(table, fonts);
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

    /// <summary>
    /// Each column's width: its share of the body by weight, but never narrower than its header's longest word (in
    /// bold) nor its cells' (up to a sixth of the page, so that one long address does not starve the other columns);
    /// what a widened column needs is taken from the others by their weights. A word is thus cut only when it is wider
    /// than the page can give its column. If the page cannot give every column its words, headers' words come first.
    /// </summary>
    internal static double[] Widths(PackTable table, PdfFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(fonts);
        var headers = table.Columns.Select(c => LongestWord(c.Header, fonts.Bold) + (2 * Padding)).ToArray();
        var cells = table.Columns
            .Select((c, i) => table.Rows.Select(r => Math.Min(LongestWord(r.Cells[i].Text, r.Emphasis ? fonts.Bold : fonts.Body), PdfPages.Width / 6)).DefaultIfEmpty(0).Max() + (2 * Padding))
            .ToArray();
        var least = headers.Zip(cells, Math.Max).ToArray();
        if (least.Sum() > PdfPages.Width)
        {
            least = headers.Sum() <= PdfPages.Width ? headers : new double[headers.Length];
        }

        var widths = new double[least.Length];
        var settled = new bool[least.Length];
        while (true)
        {
            var room = PdfPages.Width - widths.Where((_, i) => settled[i]).Sum();
            var weight = table.Columns.Where((_, i) => !settled[i]).Sum(c => c.Weight);
            var narrow = Enumerable.Range(0, least.Length).Where(i => !settled[i] && room * table.Columns[i].Weight / weight < least[i]).ToList();
            if (narrow.Count == 0)
            {
                for (var i = 0; i < widths.Length; i++)
                {
                    widths[i] = settled[i] ? widths[i] : room * table.Columns[i].Weight / weight;
                }

                return widths;
            }

            foreach (var i in narrow)
            {
                (widths[i], settled[i]) = (least[i], true);
            }
        }
    }

    private static double LongestWord(string text, PdfFont font) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => PdfFonts.Width(w, font)).DefaultIfEmpty(0).Max();

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
                pages.Canvas.TextAtStart(lines[i], font, x + Padding, x + width - Padding, y);
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

            pages.Canvas.TextAtStart(line, fonts.Body, PdfPages.Left, PdfPages.Right, pages.Y);
            pages.Y += fonts.LineHeight;
        }

        pages.Y += fonts.LineHeight;
    }
}
