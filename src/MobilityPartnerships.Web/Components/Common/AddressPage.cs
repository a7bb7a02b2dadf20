using System.Globalization;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A page of a list as an address numbers it (<c>?page=2</c>, from 1), read as an index from 0. Anything else — none, 0,
/// a negative, a text, a control character, a number past int — is the first page: an address is typed and shared, and
/// a bad one shows the page, never an error. (A query parameter bound as a number would fail the whole page instead.)
/// </summary>
public static class AddressPage
{
    public static int IndexOf(string? value)
    {
        var digits = value?.Trim();

        // Digits only: .NET's parsing also takes trailing NUL characters.
        return !string.IsNullOrEmpty(digits) && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page - 1 : 0;
    }
}
