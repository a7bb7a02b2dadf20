namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// Which of a record's names a page shows, in French or not: French pages show the French name where the record has one,
/// else the English name. The one definition of the rule: the records' <c>NameIn</c> and <c>DisplayNameIn</c> follow it,
/// and so do queries, through the web project's <c>ShownNames</c>, which the database works out the same way.
/// </summary>
public static class LanguageNames
{
    /// <summary>The full name: the French name on a French page where there is one, else the name.</summary>
    public static string Name(string name, string? frenchName, bool french) =>
        french && frenchName is not null ? frenchName : name;

    /// <summary>
    /// The name lists and tables show: on a French page where there is a French name, the French short name or else the
    /// French name; otherwise the short name or else the name (never the English short name beside a French name).
    /// </summary>
    public static string DisplayName(string name, string? shortName, string? frenchName, string? frenchShortName, bool french) =>
        french && frenchName is not null ? frenchShortName ?? frenchName : shortName ?? name;
}
