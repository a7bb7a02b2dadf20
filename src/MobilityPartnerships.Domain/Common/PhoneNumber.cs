using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// The one rule for a phone number anything stores: digits, with spaces and + ( ) . / - between them, a + only first,
/// and at least one digit ("+", "-" or "()-./" call no one). Every writer asks this, the edit form as the domain.
/// </summary>
public static partial class PhoneNumber
{
    /// <summary>Whether the text, trimmed, is a phone number by this rule.</summary>
    public static bool IsNumber([NotNullWhen(true)] string? text) => HasOnlyItsSigns(text) && text.Any(char.IsAsciiDigit);

    /// <summary>Whether the text, trimmed, holds only what a phone number is written with (digits, spaces, + ( ) . / -), a + only first.</summary>
    public static bool HasOnlyItsSigns([NotNullWhen(true)] string? text) => !TextCharacters.IsBlank(text) && Pattern().IsMatch(text.Trim());

    /// <summary>The number as stored (trimmed), or null when none is given; refused under <paramref name="rule"/> ".invalid" when it is not one.</summary>
    public static string? Optional(string? text, int maxLength, string rule, string what)
    {
        var given = Guard.OptionalText(text, maxLength, rule, what);
        return given is null || IsNumber(given)
            ? given
            : throw new DomainRuleException($"{rule}.invalid", $"'{given}' is not a phone number: it has digits, spaces and + ( ) . / - only, and at least one digit.", given);
    }

    [GeneratedRegex(@"^\+?[0-9 ()./-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
