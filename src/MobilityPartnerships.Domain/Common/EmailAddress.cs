using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// The one rule for an e-mail address anything stores (a contact point's, a user account's, one a sign-in provider
/// gives): the bare address only, as it is written to — "eve@example.org", never "Eve Mallory &lt;eve@example.org&gt;",
/// which <see cref="MailAddress"/> reads too — and one the HTML standard calls a valid e-mail address (what a browser's
/// e-mail field takes: no white space, no quoted part, letters of the Latin alphabet). Every writer (form, API, the
/// domain's own checks) asks this, so that an address stored can be typed back into any e-mail field and never blocks
/// a later save.
/// </summary>
public static partial class EmailAddress
{
    /// <summary>Whether the text, trimmed, is an e-mail address by this rule.</summary>
    public static bool IsAddress([NotNullWhen(true)] string? text)
    {
        if (TextCharacters.IsBlank(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        return HtmlValidAddress().IsMatch(trimmed)
            && MailAddress.TryCreate(trimmed, out var address)
            && string.Equals(address.Address, trimmed, StringComparison.Ordinal)
            && string.IsNullOrEmpty(address.DisplayName);
    }

    /// <summary>The address as stored (trimmed), or null when none is given; refused under <paramref name="rule"/> ".invalid" when it is not one.</summary>
    public static string? Optional(string? text, int maxLength, string rule, string what)
    {
        var given = Guard.OptionalText(text, maxLength, rule, what);
        return given is null || IsAddress(given)
            ? given
            : throw new DomainRuleException($"{rule}.invalid", $"'{given}' is not an e-mail address: give the address alone, such as name@example.org.", given);
    }

    /// <summary>Whether two addresses are the same mailbox as people write them: letter case aside.</summary>
    public static bool Same(string? one, string? other) => string.Equals(one, other, StringComparison.OrdinalIgnoreCase);

    /// <summary>The HTML standard's "valid e-mail address" (WHATWG HTML, 4.10.5.1.5), which browsers check an e-mail field by.</summary>
    [GeneratedRegex(@"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlValidAddress();
}
