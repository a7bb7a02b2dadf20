using System.Text;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Gives the lines a paragraph is wrapped into what their text lost at the breaks, so that <see cref="BidiLine"/>
/// orders each line as part of its paragraph (UAX #9 resolves a paragraph, then reorders its lines): a direction mark
/// when a line's own first strong character runs against its paragraph's (a Hebrew paragraph's line starting with a
/// Latin name, or with only numbers), then the embeddings, overrides and isolates still open where the line starts.
/// A first-strong isolate is made a left-to-right or right-to-left one on the whole paragraph, before a break can cut
/// what decides it.
/// </summary>
internal static class BidiWrappedLines
{
    private const char LeftToRightIsolate = '\u2066';
    private const char RightToLeftIsolate = '\u2067';

    /// <summary>The paragraph with each first-strong isolate (U+2068) replaced by the isolate its content calls for.</summary>
    public static string ResolveFirstStrongIsolates(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (!paragraph.Contains('\u2068', StringComparison.Ordinal))
        {
            return paragraph;
        }

        var classes = paragraph.Select(BidiClasses.Of).ToArray();
        var resolved = new StringBuilder(paragraph);
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] == BidiClass.FirstStrongIsolate)
            {
                var end = ClosingIsolate(classes, i);
                resolved[i] = BidiClasses.FirstStrongIsRightToLeft(classes, i + 1, end) == true ? RightToLeftIsolate : LeftToRightIsolate;
            }
        }

        return resolved.ToString();
    }

    /// <summary>Prefixes the paragraph's lines, from <paramref name="first"/>, with their direction and the controls open at their start.</summary>
    public static void Carry(List<string> lines, int first, string paragraph)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count - first < 2)
        {
            return;
        }

        var rightToLeft = BidiLine.StartsRightToLeft(paragraph) ?? false;
        var open = new List<char>();
        for (var i = first; i < lines.Count; i++)
        {
            var line = new string([.. open]) + lines[i];
            var mark = (BidiLine.StartsRightToLeft(line) ?? false) == rightToLeft ? string.Empty
                : (rightToLeft ? BidiClasses.RightToLeftMark : BidiClasses.LeftToRightMark).ToString();
            Follow(open, lines[i]);
            lines[i] = mark + line;
        }
    }

    /// <summary>Where the isolate started at <paramref name="start"/> ends: its matching PDI, or the end of the text.</summary>
    private static int ClosingIsolate(BidiClass[] classes, int start)
    {
        var depth = 0;
        for (var i = start + 1; i < classes.Length; i++)
        {
            if (BidiClasses.IsIsolateInitiator(classes[i]))
            {
                depth++;
            }
            else if (classes[i] == BidiClass.PopDirectionalIsolate && depth-- == 0)
            {
                return i;
            }
        }

        return classes.Length;
    }

    /// <summary>Updates the controls open after <paramref name="text"/>: each one opened, a PDF closing an embedding, a PDI all up to its isolate.</summary>
    private static void Follow(List<char> open, string text)
    {
        foreach (var c in text)
        {
            var kind = BidiClasses.Of(c);
            if (BidiClasses.IsEmbeddingOrOverride(kind) || BidiClasses.IsIsolateInitiator(kind))
            {
                open.Add(c);
            }
            else if (kind == BidiClass.PopDirectionalFormat && open.Count > 0 && BidiClasses.IsEmbeddingOrOverride(BidiClasses.Of(open[^1])))
            {
                open.RemoveAt(open.Count - 1);
            }
            else if (kind == BidiClass.PopDirectionalIsolate && open.FindLastIndex(o => BidiClasses.IsIsolateInitiator(BidiClasses.Of(o))) is var isolate and >= 0)
            {
                open.RemoveRange(isolate, open.Count - isolate);
            }
        }
    }
}
