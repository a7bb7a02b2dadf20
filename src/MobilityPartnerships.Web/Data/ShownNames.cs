using Microsoft.EntityFrameworkCore.Query;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// The name of an organisation or a thematic area a page shows, for queries: a query calls it on the record's columns and
/// the page's language (<c>ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench)</c>)
/// and the database works out <see cref="LanguageNames"/>, the rule the records follow in memory
/// (<see cref="ShownNamesTranslation"/>). The language is not a parameter of the statement but part of it
/// (<see cref="NotParameterizedAttribute"/>): a query has its statement for each language, an English one that reads no
/// French column, as when the queries wrote the rule out.
/// </summary>
internal static class ShownNames
{
    /// <summary>The full name: the French name on a French page where there is one, else the name.</summary>
    public static string Name(string name, string? frenchName, [NotParameterized] bool french) =>
        LanguageNames.Name(name, frenchName, french);

    /// <summary>The name lists and tables show: the French short name or French name on a French page where there is a French name, else the short name or name.</summary>
    public static string DisplayName(string name, string? shortName, string? frenchName, string? frenchShortName, [NotParameterized] bool french) =>
        LanguageNames.DisplayName(name, shortName, frenchName, frenchShortName, french);
}
