using System.Text.RegularExpressions;

namespace MobilityPartnerships.Domain.Indicators;

/// <summary>
/// What an indicator's unit says about its values. A unit that counts things ("persons", "number of visas") forbids a
/// negative value; the database repeats the rule with its function <c>indicator_unit_is_count</c>, which lists the same
/// words and prefixes.
/// </summary>
public static partial class IndicatorUnit
{
    /// <summary>Units that count things, as written once trimmed, with single spaces and in lower case.</summary>
    public static readonly IReadOnlyList<string> CountingUnits =
    [
        "#", "number", "count", "people", "persons", "person", "participants", "beneficiaries", "workers", "students",
        "trainees", "migrants", "returnees", "staff", "officials", "sessions", "trainings", "events", "visas",
        "applications", "cases", "agreements", "projects", "jobs", "placements", "institutions", "organisations", "courses",
    ];

    /// <summary>Beginnings of a unit that counts things ("number of workers", "no. of visas", "# trainees").</summary>
    public static readonly IReadOnlyList<string> CountingPrefixes = ["number of ", "no. of ", "# "];

    /// <summary>Whether the unit counts things, so that its values cannot be negative. No unit: not a count.</summary>
    public static bool IsCount(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return false;
        }

        var normal = Normal(unit);
        return CountingUnits.Contains(normal) || CountingPrefixes.Any(p => normal.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether two units are the same unit, written alike but for spaces and letter case ("Persons", "persons "); no unit
    /// is the same only as no unit.
    /// </summary>
    public static bool Same(string? unit, string? other) =>
        string.IsNullOrWhiteSpace(unit) ? string.IsNullOrWhiteSpace(other) : !string.IsNullOrWhiteSpace(other) && Normal(unit) == Normal(other);

    private static string Normal(string unit) => Spaces().Replace(unit.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
