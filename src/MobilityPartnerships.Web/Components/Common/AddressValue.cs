using MobilityPartnerships.Domain.Common;

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

    /// <summary>
    /// A filter's text (a search, a programme's name) as the page, the exports and the API all read it: null when blank
    /// (nothing in it can be seen); otherwise trimmed, refused with <paramref name="problem"/> when it holds a control
    /// character or is over <paramref name="maxLength"/> characters, counted as the database counts them.
    /// </summary>
    public static string? FilterText(string? raw, int maxLength, out FilterTextProblem? problem)
    {
        problem = null;
        if (TextCharacters.IsBlank(raw))
        {
            return null;
        }

        var text = raw.Trim();
        problem = HasControlCharacter(text) ? FilterTextProblem.ControlCharacter
            : TextCharacters.Count(text) > maxLength ? FilterTextProblem.TooLong
            : null;
        return problem is null ? text : null;
    }

    /// <summary>A filter's text read from an address (<see cref="FilterText(string?, int, out FilterTextProblem?)"/>); one that does not read is left out and reported under <paramref name="key"/>.</summary>
    public static string? FilterText(string? raw, string key, int maxLength, List<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(ignored);
        var text = FilterText(raw, maxLength, out var problem);
        switch (problem)
        {
            case FilterTextProblem.ControlCharacter:
                ignored.Add($"{key} (a control character)");
                break;
            case FilterTextProblem.TooLong:
                ignored.Add($"{key} (over {maxLength} characters)");
                break;
        }

        return text;
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

/// <summary>Why a filter's text is not read.</summary>
public enum FilterTextProblem
{
    /// <summary>It holds a control character (NUL, tab, line break…), which PostgreSQL or a filter value never takes.</summary>
    ControlCharacter,

    /// <summary>It is longer than the filter's field can hold.</summary>
    TooLong,
}
