using System.Globalization;
using System.Text;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// A character's bidirectional class (UAX #9, table 4), as far as the pack's text needs it: whitespace, segment
/// separators and other neutrals are one <see cref="Neutral"/>, since the rules applied here treat them alike.
/// </summary>
internal enum BidiClass
{
    LeftToRight,
    RightToLeft,
    ArabicLetter,
    EuropeanNumber,
    EuropeanSeparator,
    EuropeanTerminator,
    ArabicNumber,
    CommonSeparator,
    NonspacingMark,
    BoundaryNeutral,
    Neutral,
    LeftToRightEmbedding,
    RightToLeftEmbedding,
    LeftToRightOverride,
    RightToLeftOverride,
    PopDirectionalFormat,
    LeftToRightIsolate,
    RightToLeftIsolate,
    FirstStrongIsolate,
    PopDirectionalIsolate,
}

/// <summary>Which class a character is, and what the classes mean to the algorithm.</summary>
internal static class BidiClasses
{
    public const char LeftToRightMark = '\u200E';
    public const char RightToLeftMark = '\u200F';
    public const char ArabicLetterMark = '\u061C';

    public static BidiClass Of(Rune rune)
    {
        var c = rune.Value;
        switch (c)
        {
            case 0x202A: return BidiClass.LeftToRightEmbedding;
            case 0x202B: return BidiClass.RightToLeftEmbedding;
            case 0x202C: return BidiClass.PopDirectionalFormat;
            case 0x202D: return BidiClass.LeftToRightOverride;
            case 0x202E: return BidiClass.RightToLeftOverride;
            case 0x2066: return BidiClass.LeftToRightIsolate;
            case 0x2067: return BidiClass.RightToLeftIsolate;
            case 0x2068: return BidiClass.FirstStrongIsolate;
            case 0x2069: return BidiClass.PopDirectionalIsolate;
            case LeftToRightMark: return BidiClass.LeftToRight;
            case RightToLeftMark: return BidiClass.RightToLeft;
            case ArabicLetterMark: return BidiClass.ArabicLetter;
        }

        var category = Rune.GetUnicodeCategory(rune);
        var mark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
        if (DefaultIgnorable.Contains(c))
        {
            return mark ? BidiClass.NonspacingMark : BidiClass.BoundaryNeutral;
        }

        switch (c)
        {
            case >= '0' and <= '9':
            case >= 0x06F0 and <= 0x06F9:
                return BidiClass.EuropeanNumber;
            case >= 0x0660 and <= 0x0669:
            case 0x066B or 0x066C:
                return BidiClass.ArabicNumber;
            case '+' or '-':
                return BidiClass.EuropeanSeparator;
            case '#' or '$' or '%' or '°' or '‰' or (>= 0x00A2 and <= 0x00A5) or (>= 0x20A0 and <= 0x20CF):
                return BidiClass.EuropeanTerminator;
            case ',' or '.' or ':' or '/' or 0x00A0 or 0x060C or 0x202F:
                return BidiClass.CommonSeparator;
        }

        if (mark)
        {
            return BidiClass.NonspacingMark;
        }

        switch (c)
        {
            case >= 0x0590 and <= 0x05FF:
            case >= 0x07C0 and <= 0x085F:
            case >= 0xFB1D and <= 0xFB4F:
            case >= 0x10800 and <= 0x10FFF:
            case >= 0x1E800 and <= 0x1EDFF:
                return BidiClass.RightToLeft;
            case >= 0x0600 and <= 0x07BF:
            case >= 0x0860 and <= 0x08FF:
            case >= 0xFB50 and <= 0xFDFF:
            case >= 0xFE70 and <= 0xFEFE:
            case >= 0x1EE00 and <= 0x1EEFF:
                return BidiClass.ArabicLetter;
        }

        return Rune.IsLetterOrDigit(rune) || category == UnicodeCategory.SpacingCombiningMark ? BidiClass.LeftToRight : BidiClass.Neutral;
    }

    public static BidiClass Of(char c) => char.IsSurrogate(c) ? BidiClass.Neutral : Of(new Rune(c));

    public static bool IsStrong(BidiClass c) => c is BidiClass.LeftToRight or BidiClass.RightToLeft or BidiClass.ArabicLetter;

    public static bool IsIsolateInitiator(BidiClass c) => c is BidiClass.LeftToRightIsolate or BidiClass.RightToLeftIsolate or BidiClass.FirstStrongIsolate;

    public static bool IsEmbeddingOrOverride(BidiClass c) =>
        c is BidiClass.LeftToRightEmbedding or BidiClass.RightToLeftEmbedding or BidiClass.LeftToRightOverride or BidiClass.RightToLeftOverride;

    /// <summary>Whether rule X9 takes the character out of the rules that follow: embeddings, overrides, their pop and boundary neutrals.</summary>
    public static bool IsRemovedByX9(BidiClass c) => IsEmbeddingOrOverride(c) || c is BidiClass.PopDirectionalFormat or BidiClass.BoundaryNeutral;

    /// <summary>
    /// P2, P3: whether the first strong character from <paramref name="start"/> to <paramref name="end"/>, skipping
    /// what isolates hold, is right to left; null when there is none.
    /// </summary>
    public static bool? FirstStrongIsRightToLeft(IReadOnlyList<BidiClass> classes, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var isolates = 0;
        for (var i = start; i < end; i++)
        {
            var c = classes[i];
            if (IsIsolateInitiator(c))
            {
                isolates++;
            }
            else if (c == BidiClass.PopDirectionalIsolate && isolates > 0)
            {
                isolates--;
            }
            else if (isolates == 0 && IsStrong(c))
            {
                return c != BidiClass.LeftToRight;
            }
        }

        return null;
    }
}
