using System.Globalization;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Which name of a reference record a page shows: French pages show the French name where the record has one.
/// A query passes it to <see cref="ShownNames"/>, which the database works out: <c>ShownNames.Name(a.Name, a.FrenchName, PageLanguage.IsFrench)</c>.
/// </summary>
internal static class PageLanguage
{
    public static bool IsFrench => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
}
