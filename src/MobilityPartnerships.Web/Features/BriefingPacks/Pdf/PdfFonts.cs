using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>A face embedded in the document at a size.</summary>
internal sealed record PdfFont(PdfDocumentBuilder.AddedFont Face, double Size, PdfFaceMetrics Metrics);

/// <summary>
/// The pack's fonts: one family (see <see cref="PackFontFiles"/>), embedded as TrueType so that every character can
/// be searched and copied. Widths are the sum of the glyphs' advances (PdfPig does not kern), each glyph measured
/// once per face; a character the font lacks is printed as "?" rather than failing the whole pack.
/// </summary>
internal sealed class PdfFonts
{
    /// <summary>Embeds the faces in the document; they are measured on <paramref name="measuringPage"/>, which measuring leaves as it is.</summary>
    public PdfFonts(PdfDocumentBuilder builder, PackFontFiles files, PdfPageBuilder measuringPage)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(files);
        var regular = new PdfFaceMetrics(builder.AddTrueTypeFont(files.Regular), measuringPage);
        var bold = new PdfFaceMetrics(builder.AddTrueTypeFont(files.Bold), measuringPage);
        Body = new PdfFont(regular.Face, 8.5, regular);
        Bold = new PdfFont(bold.Face, 8.5, bold);
        Caption = new PdfFont(bold.Face, 10, bold);
        Heading = new PdfFont(bold.Face, 13, bold);
        Title = new PdfFont(bold.Face, 18, bold);
    }

    public PdfFont Body { get; }

    public PdfFont Bold { get; }

    public PdfFont Caption { get; }

    public PdfFont Heading { get; }

    public PdfFont Title { get; }

    /// <summary>The distance between two lines of body text.</summary>
    public double LineHeight => Body.Size * 1.3;

    /// <summary>How wide the text is when printed in the font, in points.</summary>
    public static double Width(string text, PdfFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var width = 0.0;
        foreach (var c in text)
        {
            width += font.Metrics.Advance(c);
        }

        return width * font.Size;
    }
}

/// <summary>The advance of each character of one face at size 1, measured with PdfPig when first asked for.</summary>
internal sealed class PdfFaceMetrics(PdfDocumentBuilder.AddedFont face, PdfPageBuilder measurer)
{
    public const char Missing = '?';
    private readonly Dictionary<char, double> advances = [];

    public PdfDocumentBuilder.AddedFont Face => face;

    /// <summary>The advance of <paramref name="c"/> at size 1; 0 for a character the font cannot print.</summary>
    public double Advance(char c)
    {
        if (char.IsSurrogate(c) || char.IsControl(c))
        {
            return c == Missing ? 0 : Advance(Missing);
        }

        if (advances.TryGetValue(c, out var advance))
        {
            return double.IsNaN(advance) ? Advance(Missing) : advance;
        }

        try
        {
            var letter = measurer.MeasureText(c.ToString(), 1, new PdfPoint(0, 0), face).Single();
            advance = letter.EndBaseLine.X - letter.StartBaseLine.X;
        }
        catch (InvalidOperationException)
        {
            advance = double.NaN;
        }

        advances[c] = advance;
        return double.IsNaN(advance) ? Advance(Missing) : advance;
    }

    /// <summary>The text with what the font cannot print (controls, characters it lacks, emoji) replaced by "?".</summary>
    public string Printable(string text)
    {
        StringBuilder? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var printable = !char.IsSurrogate(c) && !char.IsControl(c) && !double.IsNaN(AdvanceOrNaN(c));
            if (!printable)
            {
                copy ??= new StringBuilder(text, 0, i, text.Length);
                if (!char.IsLowSurrogate(c))
                {
                    copy.Append(Missing);
                }
            }
            else
            {
                copy?.Append(c);
            }
        }

        return copy?.ToString() ?? text;
    }

    private double AdvanceOrNaN(char c)
    {
        Advance(c);
        return advances[c];
    }
}
