using System.Text;
using System.Xml;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// A text as a workbook's cell can hold it, for every workbook the product writes (exports, published versions, briefing
/// packs, the import template): without the characters XML cannot hold, and within Excel's <see cref="MaxLength"/>
/// characters, past which Excel repairs the file or cuts the text silently. A longer text is cut there, never inside a
/// surrogate pair, and ends by saying how many characters were left out ("… (cut: 14,731 more characters …)", in the
/// user's language). A CSV file has no such limit and keeps the whole text.
/// </summary>
internal static class WorkbookText
{
    /// <summary>The most characters (UTF-16 code units) an Excel cell holds.</summary>
    public const int MaxLength = 32_767;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = XmlSafe(text);
        return safe.Length <= MaxLength ? safe : Cut(safe);
    }

    private static string Cut(string text)
    {
        // The ending's length depends on the count it gives: each round keeps less until the ending fits.
        var kept = MaxLength;
        while (true)
        {
            var ending = ResourceText.Format("Workbook_CellCut", text.Length - kept);
            var next = MaxLength - ending.Length;
            if (char.IsHighSurrogate(text[next - 1]))
            {
                next--;
            }

            if (next >= kept)
            {
                return string.Concat(text.AsSpan(0, kept), ending);
            }

            kept = next;
        }
    }

    /// <summary>The text without the characters XML cannot hold (control characters other than tab and line breaks).</summary>
    private static string XmlSafe(string text)
    {
        var i = 0;
        while (i < text.Length && IsXmlChar(text, i))
        {
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }

        if (i >= text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (IsXmlChar(text, i))
            {
                builder.Append(text[i]);
                if (char.IsHighSurrogate(text[i]))
                {
                    builder.Append(text[++i]);
                }
            }
        }

        return builder.ToString();
    }

    private static bool IsXmlChar(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])
            : XmlConvert.IsXmlChar(text[i]);
}
