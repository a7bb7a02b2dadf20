using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// The first steps every cell reader takes: spaces of any kind become one plain space, dashes of any kind
/// become a hyphen where a reader asks for it, and words are compared without case, accents or punctuation.
/// </summary>
internal static class CellText
{
    /// <summary>
    /// Trims the text and turns every run of white space (tabs, line breaks, non-breaking, narrow and thin
    /// spaces) into one plain space; null becomes empty.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u00A0' or '\u202F' or '\u2007' or '\u2009')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Replaces en and em dashes, the minus sign and non-breaking hyphens with a plain hyphen.</summary>
    public static string PlainDashes(string text) =>
        text.Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-').Replace('\u2011', '-').Replace('\u2010', '-');

    /// <summary>Lower case, accents removed, only letters and digits: the key two spellings of a word share.</summary>
    public static string Key(string text) => InitiativeColumns.Normalise(text);

    /// <summary>Lower case with accents removed, keeping every other character: "Décembre" becomes "decembre".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
