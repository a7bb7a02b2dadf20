using System.Globalization;

namespace MobilityPartnerships.Web.Data.Configurations;

/// <summary>
/// The SQL of a check constraint that holds a column within the domain's bounds, written from the domain's constants.
/// A null passes, as it does in every check: a date to be determined is not out of range.
/// </summary>
internal static class BoundsInSql
{
    public static string Date(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"DATE '{day:yyyy-MM-dd}'");

    /// <summary>A day from <paramref name="earliest"/> to <paramref name="latest"/>.</summary>
    public static string DayBetween(string column, DateOnly earliest, DateOnly latest) => $"{column} BETWEEN {Date(earliest)} AND {Date(latest)}";

    /// <summary>A month, stored as its first day, from <paramref name="earliest"/> to <paramref name="latest"/>.</summary>
    public static string MonthBetween(string column, DateOnly earliest, DateOnly latest) => $"{DayBetween(column, earliest, latest)} AND date_part('day', {column}) = 1";

    /// <summary>
    /// The SQL function that gives the length, in characters, of the longest text of a <c>text[]</c> (0 for none),
    /// for a check on each line of a list stored as an array (a check cannot hold the subquery that unnests it).
    /// Created by migration <c>MeetingMinutesBounded</c>.
    /// </summary>
    public const string LongestLineFunction = "mp_longest_line_length";

    public static string NumberBetween(string column, int least, int most) => string.Create(CultureInfo.InvariantCulture, $"{column} BETWEEN {least} AND {most}");
}
