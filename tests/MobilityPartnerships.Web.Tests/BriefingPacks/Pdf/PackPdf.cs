using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.BriefingPacks;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.BriefingPacks.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace MobilityPartnerships.Web.Tests.BriefingPacks.Pdf;

/// <summary>Writes a small pack as the download does (DejaVu Sans from the machine) and reads its lines back as drawn.</summary>
internal static class PackPdf
{
    public static PackDocument OneTable(string title, PackTable table) =>
        new("Partnership", title, "Meeting, 1 June 2026", new DateOnly(2026, 6, 1), "Prepared", "Page {0} of {1}", "{0} (continued)", [new PackSection("Section", "Section", [], [table])]);

    public static PackTable Table(IReadOnlyList<PackColumn> columns, params string[][] rows) =>
        new(null, columns, [.. rows.Select(r => new PackRow([.. r.Select(PackValue.OfText)]))], "None");

    public static byte[] Write(PackDocument document)
    {
        using var stream = new MemoryStream();
        new BriefingPackPdf(Options.Create(new BriefingPackOptions())).Write(document, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// The first page's lines as a reader sees them: the letters on each baseline from left to right, with a space
    /// where a gap wider than a space parts two cells; what pdftotext would rebuild in logical order is not asked.
    /// </summary>
    public static IReadOnlyList<string> VisualLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        return [.. page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var text = new System.Text.StringBuilder();
                double? end = null;
                foreach (var letter in g.OrderBy(l => l.StartBaseLine.X))
                {
                    if (end is { } e && letter.StartBaseLine.X - e > letter.PointSize)
                    {
                        text.Append(" | ");
                    }

                    text.Append(letter.Value);
                    end = letter.EndBaseLine.X;
                }

                return text.ToString();
            })];
    }

    /// <summary>Text drawn on one baseline from <paramref name="Left"/> to <paramref name="Right"/>, in points from the page's left edge.</summary>
    public sealed record PlacedText(string Text, double Left, double Right);

    /// <summary>
    /// The first page's text as placed: the letters on each baseline from left to right, in pieces where a gap parts
    /// them (two cells, at least twice their padding apart), each with where it starts and ends across the page, in points.
    /// </summary>
    public static IReadOnlyList<PlacedText> Pieces(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pieces = new List<PlacedText>();
        foreach (var line in document.GetPage(1).Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key))
        {
            var text = new System.Text.StringBuilder();
            double start = 0, end = 0;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                if (text.Length > 0 && letter.StartBaseLine.X - end > letter.PointSize / 2)
                {
                    pieces.Add(new PlacedText(text.ToString(), start, end));
                    text.Clear();
                }

                start = text.Length == 0 ? letter.StartBaseLine.X : start;
                text.Append(letter.Value);
                end = letter.EndBaseLine.X;
            }

            pieces.Add(new PlacedText(text.ToString(), start, end));
        }

        return pieces;
    }

    public static PackDocument OneSection(string heading, IReadOnlyList<string> lines, PackTable table) =>
        OneTable("Pack", table) with { Sections = [new PackSection(heading, "Section", lines, [table])] };

    /// <summary>The pack's body font on a document of its own, for measuring and wrapping.</summary>
    public static PdfFonts Fonts()
    {
        var builder = new PdfDocumentBuilder();
        return new PdfFonts(builder, new PackFontFiles(new BriefingPackOptions()), builder.AddPage(PdfPages.PageWidth, PdfPages.PageHeight));
    }
}
