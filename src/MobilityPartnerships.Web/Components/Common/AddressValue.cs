namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// How a page reads a typed value from its address. Pages take query values as text (Blazor's own typed binding throws
/// on a value that does not read, which is an error page), and read them here: a value that does not read, or that
/// holds a control character, counts as absent and is reported, so the page shows without it and says so.
/// </summary>
public static class AddressValue
{
    /// <summary>The longest query value a page reads; a longer one is not a value anybody typed or a page wrote.</summary>
    public const int MaxLength = 2000;

    /// <summary>True when <paramref name="raw"/> holds a control character (NUL, tab, line break…), which no value of the app's addresses does.</summary>
    public static bool HasControlCharacter(string? raw) => raw is not null && raw.Any(char.IsControl);

    /// <summary>The text as given, or null (and <paramref name="malformed"/>) when it is over-long or holds a control character.</summary>
    public static string? Text(string? raw, out bool malformed)
    {
        malformed = raw is not null && (raw.Length > MaxLength || HasControlCharacter(raw));
        return malformed ? null : raw;
    }

    /// <summary>true or false, in any case; absent, empty or anything else is false, with <paramref name="malformed"/> for anything else.</summary>
    public static bool Flag(string? raw, out bool malformed)
    {
        malformed = false;
        if (string.IsNullOrEmpty(raw))
        {
            return false;
        }

        if (bool.TryParse(raw, out var flag) && !HasControlCharacter(raw))
        {
            return flag;
        }

        malformed = true;
        return false;
    }

    /// <summary>An id; absent or empty is null, and anything that is not an id is null with <paramref name="malformed"/>.</summary>
    public static Guid? Id(string? raw, out bool malformed)
    {
        malformed = false;
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (Guid.TryParse(raw, out var id) && !HasControlCharacter(raw))
        {
            return id;
        }

        malformed = true;
        return null;
    }
}
