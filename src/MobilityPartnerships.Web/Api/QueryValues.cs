using System.Globalization;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// Reads the text of a query-string value into what it stands for. A value that does not read gets a message under
/// its field's name, for a 400 answer that says what to fix; an empty value means "not asked for".
/// </summary>
internal static class QueryValues
{
    /// <summary>The title of a 400 answer to values that do not read.</summary>
    public const string NotUnderstood = "Some filters are not understood.";

    public static TEnum? ReadEnum<TEnum>(string? raw, string field, Dictionary<string, string[]> problems)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // One name, in any case: not a number nor a list, which would name values nobody sees in the documentation.
        var name = Array.Find(Enum.GetNames<TEnum>(), n => string.Equals(n, raw.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null)
        {
            return Enum.Parse<TEnum>(name);
        }

        problems[field] = [$"'{raw}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}."];
        return null;
    }

    public static Guid? ReadId(string? raw, string field, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (Guid.TryParse(raw.Trim(), out var id))
        {
            return id;
        }

        problems[field] = [$"'{raw}' is not an id."];
        return null;
    }

    public static bool ReadFlag(string? raw, string field, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        if (bool.TryParse(raw.Trim(), out var flag))
        {
            return flag;
        }

        problems[field] = [$"'{raw}' is neither true nor false."];
        return false;
    }

    /// <summary>
    /// A filter that only narrows, as the scoreboard page's own does (late, needs an update): true asks for it, no value
    /// for none. false is refused rather than read as "no filter" — it reads as "only those that are not", which the
    /// scoreboard has no filter for — so that a caller never gets every initiative while believing it asked for fewer.
    /// </summary>
    public static bool ReadOnlyTrue(string? raw, string field, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        if (bool.TryParse(raw.Trim(), out var flag))
        {
            if (!flag)
            {
                problems[field] = [$"'{raw}' is not taken: {field}=true keeps only the initiatives it names; leave {field} out for all of them. There is no filter for the others."];
            }

            return flag;
        }

        problems[field] = [$"'{raw}' is not taken: give {field}=true, or leave {field} out."];
        return false;
    }

    /// <summary>The text, trimmed; one holding a control character (a NUL, a tab) names nothing and is refused.</summary>
    public static string? ReadText(string? raw, string field, Dictionary<string, string[]> problems)
    {
        if (Domain.Common.TextCharacters.IsBlank(raw))
        {
            return null;
        }

        if (raw.Any(char.IsControl))
        {
            problems[field] = ["The value holds a control character (such as a NUL or a tab), which no value does."];
            return null;
        }

        return raw.Trim();
    }

    public static int? ReadNumber(string? raw, string field, int min, int max, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        problems[field] = [$"'{raw}' is not a whole number from {min} to {max}."];
        return null;
    }
}
