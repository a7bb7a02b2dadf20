using System.Globalization;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// Reads a number as a user types it in a form or an API's text field, in the notation of the language they use, and
/// only in a way that has one meaning: digits, an optional sign, the language's decimal separator, and thousands
/// separators only between groups of three digits ("1 234,56" in French, "1,234.56" in English). Anything else — "12,34"
/// in English, "1.000,50" in French, "1e30", "abc" — is not read at all, so that it is refused with a message rather
/// than stored as another number. Where the language's decimal separator is not a dot, a dot is taken as the decimal
/// point too when it cannot be a thousands separator ("1.5", not "1.500").
/// </summary>
public static class TypedNumber
{
    /// <summary>An example of the notation in <paramref name="culture"/>, for messages: "1,234.56", "1 234,56".</summary>
    public static string Example(CultureInfo culture) => 1234.56m.ToString("#,0.00", culture ?? CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> is a number in <paramref name="culture"/>'s notation; blank is read as no number (null).</summary>
    public static bool TryRead(string? text, CultureInfo culture, out decimal? value)
    {
        ArgumentNullException.ThrowIfNull(culture);
        value = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return true;
        }

        var format = culture.NumberFormat;
        var decimalSeparator = format.NumberDecimalSeparator;
        var groupSeparator = format.NumberGroupSeparator;
        var spaceGroups = groupSeparator.Length == 1 && IsSpace(groupSeparator[0]);
        var negative = trimmed[0] is '-' or '\u2212';
        var digits = negative || trimmed[0] == '+' ? trimmed[1..].TrimStart() : trimmed;

        // The language's own notation, or a dot as the decimal point where the language's decimal separator is not one.
        string integer;
        string fraction;
        var at = digits.IndexOf(decimalSeparator, StringComparison.Ordinal);
        if (at >= 0)
        {
            (integer, fraction) = (digits[..at], digits[(at + decimalSeparator.Length)..]);
        }
        else if (decimalSeparator != "." && digits.Count(c => c == '.') == 1 && !digits.Contains(groupSeparator, StringComparison.Ordinal)
                 && digits.Length - digits.IndexOf('.') - 1 is not 3 and > 0)
        {
            at = digits.IndexOf('.');
            (integer, fraction) = (digits[..at], digits[(at + 1)..]);
        }
        else
        {
            (integer, fraction) = (digits, string.Empty);
        }

        if (integer.Length == 0 || !fraction.All(char.IsAsciiDigit) || !Grouped(integer, groupSeparator, spaceGroups, out var plain)
            || (at >= 0 && fraction.Length == 0))
        {
            return false;
        }

        if (!decimal.TryParse(fraction.Length == 0 ? plain : $"{plain}.{fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var read))
        {
            return false;
        }

        value = negative ? -read : read;
        return true;
    }

    /// <summary>Digits, with thousands separators (if any) only between groups of three: "1234", "1 234", "12,345,678".</summary>
    private static bool Grouped(string integer, string groupSeparator, bool spaceGroups, out string plain)
    {
        var groups = spaceGroups
            ? integer.SplitWhere(IsSpace)
            : integer.Split(groupSeparator);
        plain = string.Concat(groups);
        if (groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)))
        {
            return false;
        }

        return groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static string[] SplitWhere(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (separator(text[i]))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return [.. parts];
    }
}
