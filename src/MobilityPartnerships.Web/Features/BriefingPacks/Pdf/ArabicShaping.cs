using System.Text;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// Gives Arabic letters the forms they take beside their neighbours (isolated, final, initial, medial) and joins lam
/// and alef, using the presentation forms that DejaVu Sans carries; PdfPig draws characters one by one and does no
/// shaping of its own. Covers the Arabic alphabet and the Persian letters pe, che, zhe, gaf, keheh and Farsi yeh;
/// other letters stay as they are. A zero-width joiner (U+200D) joins like a tatweel, a non-joiner (U+200C) parts;
/// marks and other characters Unicode says to ignore (a soft hyphen, a direction mark) are passed over, as Unicode's
/// joining types say. Works on text in logical order, before it is reordered for drawing.
/// </summary>
internal static class ArabicShaping
{
    private const char Tatweel = '\u0640';
    private const char ZeroWidthJoiner = '\u200D';
    private const char ZeroWidthNonJoiner = '\u200C';

    private enum Joining
    {
        Right,
        Dual,
    }

    /// <summary>Each letter's isolated form and whether it joins on one side (the letter before) or both.</summary>
    private static readonly Dictionary<char, (char Isolated, Joining Joining)> Letters = Build();

    public static string Shape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(Letters.ContainsKey))
        {
            return text;
        }

        var shaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!Letters.TryGetValue(c, out var letter))
            {
                shaped.Append(c);
                continue;
            }

            var joinsBefore = JoinsForward(text, Neighbour(text, i, -1));
            var next = Neighbour(text, i, +1);
            if (c == '\u0644' && next is { } alef && LamAlef(text[alef]) is { } ligature)
            {
                shaped.Append((char)(ligature + (joinsBefore ? 1 : 0)));
                shaped.Append(text, i + 1, alef - i - 1); // marks between lam and alef
                i = alef;
                continue;
            }

            var joinsAfter = letter.Joining == Joining.Dual && next is { } n && (Letters.ContainsKey(text[n]) || text[n] is Tatweel or ZeroWidthJoiner);
            var form = (joinsBefore, joinsAfter) switch
            {
                (false, false) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (true, true) => 3,
            };
            shaped.Append(Form(letter.Isolated, c, form));
        }

        return shaped.ToString();
    }

    /// <summary>Whether the character at <paramref name="index"/> joins the letter after it.</summary>
    private static bool JoinsForward(string text, int? index) =>
        index is { } i && (text[i] is Tatweel or ZeroWidthJoiner || (Letters.TryGetValue(text[i], out var l) && l.Joining == Joining.Dual));

    /// <summary>The nearest character before or after <paramref name="index"/> that joining does not pass over (harakat, a soft hyphen).</summary>
    private static int? Neighbour(string text, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < text.Length; i += step)
        {
            if (!IsTransparent(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsTransparent(char c) =>
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark ||
        (DefaultIgnorable.Contains(c) && c is not ZeroWidthJoiner and not ZeroWidthNonJoiner);

    /// <summary>The lam–alef ligature's isolated form for the alef that follows a lam, if it is one.</summary>
    private static char? LamAlef(char alef) => alef switch
    {
        '\u0622' => '\uFEF5',
        '\u0623' => '\uFEF7',
        '\u0625' => '\uFEF9',
        '\u0627' => '\uFEFB',
        _ => null,
    };

    /// <summary>A form in the order the presentation forms list them: isolated, final, initial, medial.</summary>
    private static char Form(char isolated, char letter, int form)
    {
        // Alef maksura has only isolated and final forms in Presentation Forms-B; its joining ones are in Forms-A.
        if (letter == '\u0649' && form >= 2)
        {
            return form == 2 ? '\uFBE8' : '\uFBE9';
        }

        return (char)(isolated + form);
    }

    private static Dictionary<char, (char, Joining)> Build()
    {
        var letters = new Dictionary<char, (char, Joining)>();

        // U+0622 to U+064A (without U+063B–U+0640) in order: their forms follow one another from U+FE81.
        var next = 0xFE81;
        foreach (var c in Enumerable.Range(0x0622, 0x064A - 0x0622 + 1).Where(c => c is < 0x063B or > 0x0640))
        {
            var joining = c is 0x0622 or 0x0623 or 0x0624 or 0x0625 or 0x0627 or 0x0629 or 0x062F or 0x0630 or 0x0631 or 0x0632 or 0x0648 or 0x0649
                ? Joining.Right
                : Joining.Dual;
            letters[(char)c] = ((char)next, c == 0x0649 ? Joining.Dual : joining);
            next += joining == Joining.Right ? 2 : 4;
        }

        letters['\u067E'] = ('\uFB56', Joining.Dual);
        letters['\u0686'] = ('\uFB7A', Joining.Dual);
        letters['\u0698'] = ('\uFB8A', Joining.Right);
        letters['\u06A9'] = ('\uFB8E', Joining.Dual);
        letters['\u06AF'] = ('\uFB92', Joining.Dual);
        letters['\u06CC'] = ('\uFBFC', Joining.Dual);
        return letters;
    }
}
