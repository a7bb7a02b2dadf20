using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// The pack's pages as they are filled: A4 landscape, a body between the header and footer bands, and where the
/// next line goes (<see cref="Y"/>, in points from the top of the page). A new page is added when the body is full;
/// headers and footers are drawn at the end, when the page count is known (PdfPig's pages stay open until Build).
/// </summary>
internal sealed class PdfPages
{
    public const double PageWidth = 297 / 25.4 * 72;
    public const double PageHeight = 210 / 25.4 * 72;
    public const double Margin = 36;
    public const double BodyTop = 62;
    public const double BodyBottomGap = 46;

    private readonly PdfDocumentBuilder builder;
    private readonly List<PdfCanvas> all = [];

    public PdfPages(PdfDocumentBuilder builder, PackFontFiles files)
    {
        this.builder = builder;
        var first = builder.AddPage(PageWidth, PageHeight);
        Fonts = new PdfFonts(builder, files, first);
        Add(first);
    }

    public PdfFonts Fonts { get; }

    /// <summary>The page being filled.</summary>
    public PdfCanvas Canvas => all[^1];

    public IReadOnlyList<PdfCanvas> All => all;

    public double Y { get; set; }

    public static double Left => Margin;

    public static double Width => PageWidth - (2 * Margin);

    public static double Right => Left + Width;

    public static double Bottom => PageHeight - BodyBottomGap;

    /// <summary>Whether <paramref name="height"/> more points fit on the current page.</summary>
    public bool Fits(double height) => Y + height <= Bottom;

    public void NewPage() => Add(builder.AddPage(PageWidth, PageHeight));

    private void Add(PdfPageBuilder page)
    {
        all.Add(new PdfCanvas(page));
        Y = BodyTop;
    }
}

/// <summary>A page drawn on with the top-left corner as origin, as the layout counts (PDF counts from the bottom-left).</summary>
internal sealed class PdfCanvas(PdfPageBuilder page)
{
    /// <summary>The baseline's distance below the top of a line, as a share of the font's size (DejaVu's ascent).</summary>
    private const double Ascent = 0.93;

    /// <summary>
    /// Prints one line of text (logical order) with its top-left corner at (<paramref name="x"/>, <paramref name="top"/>):
    /// Arabic letters joined, right-to-left runs reordered, each character in the first face that has it.
    /// </summary>
    public void Text(string text, PdfFont font, double x, double top)
    {
        var baseline = PdfPages.PageHeight - top - (Ascent * font.Size);
        foreach (var run in PdfFonts.Runs(BidiLine.Visual(ArabicShaping.Shape(text)), font))
        {
            x += run.Face.Draw(page, run.Text, font.Size, new PdfPoint(x, baseline));
        }
    }

    /// <summary>
    /// Prints one line of a paragraph (see <see cref="PdfTextWrap"/>) at the start of the box from <paramref name="left"/>
    /// to <paramref name="right"/>: against its left edge, or its right edge when the line's direction is right to left.
    /// </summary>
    public void TextAtStart(string text, PdfFont font, double left, double right, double top)
    {
        if (BidiLine.StartsRightToLeft(text) == true)
        {
            TextRight(text, font, right, top);
        }
        else
        {
            Text(text, font, left, top);
        }
    }

    /// <summary>Prints one line of text with its top-right corner at (<paramref name="right"/>, <paramref name="top"/>).</summary>
    public void TextRight(string text, PdfFont font, double right, double top) => Text(text, font, right - PdfFonts.Width(text, font), top);

    public void Line(double x1, double y1, double x2, double y2, double width, PdfColour colour)
    {
        page.SetStrokeColor(colour.Red, colour.Green, colour.Blue);
        page.DrawLine(new PdfPoint(x1, PdfPages.PageHeight - y1), new PdfPoint(x2, PdfPages.PageHeight - y2), width);
        page.ResetColor();
    }

    public void Fill(double x, double top, double width, double height, PdfColour colour)
    {
        page.SetStrokeColor(colour.Red, colour.Green, colour.Blue);
        page.SetTextAndFillColor(colour.Red, colour.Green, colour.Blue);
        page.DrawRectangle(new PdfPoint(x, PdfPages.PageHeight - top - height), width, height, 0.1, fill: true);
        page.ResetColor();
    }
}

/// <summary>An RGB colour, each part 0 to 255.</summary>
internal readonly record struct PdfColour(byte Red, byte Green, byte Blue);
