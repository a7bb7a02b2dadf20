using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>A font at a size: its faces in the order they are tried for each character (see <see cref="PdfFonts.Runs"/>).</summary>
internal sealed record PdfFont(IReadOnlyList<PdfFace> Faces, double Size);

/// <summary>A stretch of a line drawn in one face.</summary>
internal readonly record struct PdfRun(PdfFace Face, string Text);

/// <summary>
/// The pack's fonts: one family (see <see cref="PackFontFiles"/>), embedded as TrueType so that every character can
/// be searched and copied, and a bold face that falls back to the regular one for a character it lacks. Widths are
/// the sum of the glyphs' advances (PdfPig does not kern), after Arabic letters take their joined forms.
/// </summary>
/// <remarks>
/// PdfPig writes a character as one byte of a simple TrueType font, so it can draw no character beyond the Basic
/// Multilingual Plane (emoji) whatever the font holds. A character none of the faces can draw is written as its code
/// point in brackets, those following each other in one pair ("🚀" reads "[U+1F680]", "東京" "[U+6771 U+4EAC]"): a box or
/// a U+FFFD would say only that something is missing, the code point says what, and copies and searches as written. Joiners,
/// soft hyphens, direction controls and the like are neither drawn nor written: where the author saw nothing, the reader
/// does too.
/// </remarks>
internal sealed class PdfFonts
{
    public const char Replacement = '\uFFFD';

    /// <summary>Embeds the faces in the document; they are measured on <paramref name="measuringPage"/>, which measuring leaves as it is.</summary>
    public PdfFonts(PdfDocumentBuilder builder, PackFontFiles files, PdfPageBuilder measuringPage)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(files);
        var regular = new PdfFace(builder, files.Regular, measuringPage);
        var bold = new PdfFace(builder, files.Bold, measuringPage);
        PdfFace[] regularFaces = [regular];
        PdfFace[] boldFaces = [bold, regular];
        Body = new PdfFont(regularFaces, 8.5);
        Bold = new PdfFont(boldFaces, 8.5);
        Caption = new PdfFont(boldFaces, 10);
        Heading = new PdfFont(boldFaces, 13);
        Title = new PdfFont(boldFaces, 18);
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
        foreach (var run in Runs(ArabicShaping.Shape(text), font))
        {
            width += run.Face.Width(run.Text);
        }

        return width * font.Size;
    }

    /// <summary>
    /// The text (already shaped and in the order it is drawn) cut into stretches each drawn in one face: each character
    /// in the first face that has it, a presentation form no face has as its plain letter, tabs as spaces, what no face
    /// has (emoji, controls) as its code points in brackets (<see cref="Unavailable"/>), and nothing for a character
    /// Unicode says to ignore by default (see <see cref="DefaultIgnorable"/>).
    /// </summary>
    public static List<PdfRun> Runs(string text, PdfFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var runs = new List<PdfRun>();
        var current = new StringBuilder();
        PdfFace? face = null;
        var missing = new List<Rune>();
        void Add(PdfFace chosen, string drawn)
        {
            if (!ReferenceEquals(chosen, face) && current.Length > 0)
            {
                runs.Add(new PdfRun(face!, current.ToString()));
                current.Clear();
            }

            face = chosen;
            current.Append(drawn);
        }

        void AddMissing()
        {
            if (missing.Count > 0)
            {
                var (chosen, drawn) = Unavailable(missing, font);
                Add(chosen, drawn);
                missing.Clear();
            }
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (DefaultIgnorable.Contains(rune.Value))
            {
                continue;
            }

            if (Resolve(rune, font) is { } resolved)
            {
                AddMissing();
                Add(resolved.Face, resolved.Text);
            }
            else
            {
                missing.Add(rune);
            }
        }

        AddMissing();
        if (current.Length > 0)
        {
            runs.Add(new PdfRun(face!, current.ToString()));
        }

        return runs;
    }

    /// <summary>
    /// Characters no face draws, one after the other, as their code points in one pair of brackets: "[U+1F680]",
    /// "[U+6771 U+4EAC]"; as U+FFFD where the faces lack the brackets or digits themselves.
    /// </summary>
    private static (PdfFace Face, string Text) Unavailable(List<Rune> runes, PdfFont font)
    {
        var written = $"[{string.Join(' ', runes.Select(r => string.Create(CultureInfo.InvariantCulture, $"U+{r.Value:X4}")))}]";
        if (font.Faces.FirstOrDefault(f => written.All(f.Has)) is { } face)
        {
            return (face, written);
        }

        var replacing = font.Faces.FirstOrDefault(f => f.Has(Replacement)) ?? font.Faces[0];
        return (replacing, new string(replacing.Has(Replacement) ? Replacement : '?', runes.Count));
    }

    private static (PdfFace Face, string Text)? Resolve(Rune rune, PdfFont font)
    {
        if (rune.Value == '\t')
        {
            rune = new Rune(' ');
        }

        if (rune.IsBmp && !Rune.IsControl(rune))
        {
            var c = (char)rune.Value;
            if (font.Faces.FirstOrDefault(f => f.Has(c)) is { } face)
            {
                return (face, rune.ToString());
            }

            // A compatibility form the faces lack (an Arabic presentation form, a ligature) is drawn as its plain letters.
            var plain = rune.ToString().Normalize(NormalizationForm.FormKC);
            if (plain != rune.ToString() && font.Faces.FirstOrDefault(f => plain.All(f.Has)) is { } plainFace)
            {
                return (plainFace, plain);
            }
        }

        return null;
    }
}

/// <summary>
/// One font file embedded in the document. PdfPig's simple TrueType font holds at most 255 distinct characters, so
/// the face embeds the file again (a subset each time) when one copy is full: a pack mixing Latin, Cyrillic,
/// Georgian and Arabic forms does not fail for want of room. Advances are measured once, at size 1.
/// </summary>
internal sealed class PdfFace
{
    private const int CharactersPerCopy = 250;
    private readonly PdfDocumentBuilder builder;
    private readonly byte[] file;
    private readonly PdfPageBuilder measurer;
    private readonly List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Characters)> copies = [];
    private readonly Dictionary<char, double> advances = [];

    public PdfFace(PdfDocumentBuilder builder, byte[] file, PdfPageBuilder measurer)
    {
        this.builder = builder;
        this.file = file;
        this.measurer = measurer;
        copies.Add((builder.AddTrueTypeFont(file), []));
    }

    public bool Has(char c) => !double.IsNaN(Advance(c));

    /// <summary>The width of characters the face has, at size 1.</summary>
    public double Width(string text)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += Advance(c);
        }

        return width;
    }

    /// <summary>Draws characters the face has, from the baseline's start <paramref name="at"/>; returns the width drawn.</summary>
    public double Draw(PdfPageBuilder page, string text, double size, PdfPoint at)
    {
        var x = at.X;
        var start = 0;
        while (start < text.Length)
        {
            var copy = CopyFor(text[start]);
            var end = start + 1;
            while (end < text.Length && ReferenceEquals(CopyFor(text[end]).Characters, copy.Characters))
            {
                end++;
            }

            var part = text[start..end];
            page.AddText(part, size, new PdfPoint(x, at.Y), copy.Font);
            x += Width(part) * size;
            start = end;
        }

        return x - at.X;
    }

    /// <summary>The copy that draws <paramref name="c"/>: the one already holding it, else the last with room, else a new one.</summary>
    private (PdfDocumentBuilder.AddedFont Font, HashSet<char> Characters) CopyFor(char c)
    {
        foreach (var copy in copies)
        {
            if (copy.Characters.Contains(c))
            {
                return copy;
            }
        }

        if (copies[^1].Characters.Count >= CharactersPerCopy)
        {
            copies.Add((builder.AddTrueTypeFont(file), []));
        }

        copies[^1].Characters.Add(c);
        return copies[^1];
    }

    /// <summary>The advance of <paramref name="c"/> at size 1; NaN for a character the face cannot draw.</summary>
    private double Advance(char c)
    {
        if (advances.TryGetValue(c, out var advance))
        {
            return advance;
        }

        if (char.IsSurrogate(c) || char.IsControl(c))
        {
            advance = double.NaN;
        }
        else
        {
            try
            {
                var letter = measurer.MeasureText(c.ToString(), 1, new PdfPoint(0, 0), copies[0].Font).Single();
                advance = letter.EndBaseLine.X - letter.StartBaseLine.X;
            }
            catch (InvalidOperationException)
            {
                advance = double.NaN;
            }
        }

        advances[c] = advance;
        return advance;
    }
}
