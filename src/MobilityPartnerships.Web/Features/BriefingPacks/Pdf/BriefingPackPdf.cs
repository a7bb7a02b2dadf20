using System.Globalization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using UglyToad.PdfPig.Writer;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Writes a briefing pack as a PDF with PdfPig (Apache-2.0): A4 landscape, real text in an embedded TrueType font
/// (DejaVu Sans, see <see cref="PackFontFiles"/>), the pack's sections one after another with their tables (see
/// <see cref="PdfTableWriter"/>), and on every page the partnership's name and the meeting's date at the top and
/// "Page n of m" at the bottom — drawn once every page is laid out and their number known. Titles, headings and
/// paragraphs start at the side their direction reads from; the header and footer keep their places.
/// </summary>
public sealed class BriefingPackPdf
{
    public const string ContentType = "application/pdf";

    private const double RuleWidth = 0.6;
    private static readonly PdfColour HeaderRule = new(0x40, 0x55, 0x70);
    private readonly PackFontFiles fontFiles;

    public BriefingPackPdf(IOptions<BriefingPackOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        fontFiles = new PackFontFiles(options.Value);
    }

    public void Write(PackDocument pack, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(destination);
        using var builder = new PdfDocumentBuilder();
        builder.IncludeDocumentInformation = true;
        builder.DocumentInformation.Title = Resources.ResourceText.Format("Common_LabelledValue", pack.Title, pack.PartnershipName);
        builder.DocumentInformation.Subject = pack.MeetingLine;
        builder.DocumentInformation.Creator = "Mobility Partnerships";
        builder.DocumentInformation.Producer = "Mobility Partnerships (PdfPig)";
        var pages = new PdfPages(builder, fontFiles);
        var fonts = pages.Fonts;
        DrawTitle(pages, fonts, pack);
        foreach (var section in pack.Sections)
        {
            DrawSection(pages, fonts, pack, section);
        }

        for (var i = 0; i < pages.All.Count; i++)
        {
            DrawFrame(pages.All[i], fonts, pack, i + 1, pages.All.Count);
        }

        destination.Write(builder.Build());
    }

    private static void DrawTitle(PdfPages pages, PdfFonts fonts, PackDocument pack)
    {
        pages.Canvas.TextAtStart(pack.Title, fonts.Title, PdfPages.Left, PdfPages.Right, pages.Y);
        pages.Y += fonts.Title.Size * 1.4;
        foreach (var line in PdfTextWrap.Lines(pack.PartnershipName, fonts.Heading, PdfPages.Width))
        {
            pages.Canvas.TextAtStart(line, fonts.Heading, PdfPages.Left, PdfPages.Right, pages.Y);
            pages.Y += fonts.Heading.Size * 1.3;
        }

        foreach (var text in new[] { pack.MeetingLine, pack.GeneratedLine })
        {
            foreach (var line in PdfTextWrap.Lines(text, fonts.Body, PdfPages.Width))
            {
                pages.Canvas.TextAtStart(line, fonts.Body, PdfPages.Left, PdfPages.Right, pages.Y);
                pages.Y += fonts.LineHeight;
            }
        }

        pages.Y += fonts.LineHeight;
    }

    private static void DrawSection(PdfPages pages, PdfFonts fonts, PackDocument pack, PackSection section)
    {
        // A heading is never left alone at the bottom of a page.
        if (!pages.Fits((fonts.Heading.Size * 1.6) + (6 * fonts.LineHeight)))
        {
            pages.NewPage();
        }

        DrawHeading(pages, fonts, section.Title);
        foreach (var text in section.Lines)
        {
            foreach (var line in PdfTextWrap.Lines(text, fonts.Body, PdfPages.Width))
            {
                if (!pages.Fits(fonts.LineHeight))
                {
                    StartContinuedPage(pages, fonts, pack, section);
                }

                pages.Canvas.TextAtStart(line, fonts.Body, PdfPages.Left, PdfPages.Right, pages.Y);
                pages.Y += fonts.LineHeight;
            }
        }

        pages.Y += fonts.LineHeight * 0.6;
        var tables = new PdfTableWriter(pages, fonts, () => StartContinuedPage(pages, fonts, pack, section));
        foreach (var table in section.Tables)
        {
            if (table.Caption is { } caption)
            {
                if (!pages.Fits((fonts.Caption.Size * 1.5) + (4 * fonts.LineHeight)))
                {
                    StartContinuedPage(pages, fonts, pack, section);
                }

                pages.Canvas.TextAtStart(caption, fonts.Caption, PdfPages.Left, PdfPages.Right, pages.Y);
                pages.Y += fonts.Caption.Size * 1.5;
            }

            tables.Draw(table);
        }

        pages.Y += fonts.LineHeight;
    }

    private static void StartContinuedPage(PdfPages pages, PdfFonts fonts, PackDocument pack, PackSection section)
    {
        pages.NewPage();
        DrawHeading(pages, fonts, string.Format(CultureInfo.CurrentCulture, pack.ContinuedLabel, section.Title));
    }

    private static void DrawHeading(PdfPages pages, PdfFonts fonts, string heading)
    {
        pages.Canvas.TextAtStart(heading, fonts.Heading, PdfPages.Left, PdfPages.Right, pages.Y);
        pages.Y += fonts.Heading.Size * 1.6;
    }

    /// <summary>The partnership's name and the meeting line above the body, the date prepared and "Page n of m" below it.</summary>
    private static void DrawFrame(PdfCanvas canvas, PdfFonts fonts, PackDocument pack, int page, int pageCount)
    {
        var top = PdfPages.Margin - 14;
        var right = PdfPages.Left + PdfPages.Width;
        var titleWidth = PdfFonts.Width(pack.Title, fonts.Body);
        canvas.Text(FirstLine(pack.PartnershipName, fonts.Bold, PdfPages.Width - titleWidth - 24), fonts.Bold, PdfPages.Left, top);
        canvas.TextRight(pack.Title, fonts.Body, right, top);
        canvas.Text(FirstLine(pack.MeetingLine, fonts.Body, PdfPages.Width), fonts.Body, PdfPages.Left, top + fonts.LineHeight);
        var rule = top + (2 * fonts.LineHeight) + 2;
        canvas.Line(PdfPages.Left, rule, right, rule, RuleWidth, HeaderRule);

        var footer = PdfPages.PageHeight - PdfPages.Margin + 4;
        canvas.Line(PdfPages.Left, footer - 6, right, footer - 6, RuleWidth, HeaderRule);
        canvas.Text(FirstLine(pack.GeneratedLine, fonts.Body, PdfPages.Width * 0.75), fonts.Body, PdfPages.Left, footer);
        canvas.TextRight(string.Format(CultureInfo.CurrentCulture, pack.PageLabel, page, pageCount), fonts.Body, right, footer);
    }

    /// <summary>The text's first line at that width, with an ellipsis when the rest does not fit.</summary>
    private static string FirstLine(string text, PdfFont font, double width)
    {
        var lines = PdfTextWrap.Lines(text, font, width - 10);
        return lines.Count > 1 ? lines[0] + " …" : lines[0];
    }
}
