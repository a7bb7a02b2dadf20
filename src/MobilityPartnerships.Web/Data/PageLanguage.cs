using System.Globalization;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Which name of a reference record a page shows: French pages show the French name where the record has one.
/// Read it into a local before a query, so that the database picks the name: <c>french &amp;&amp; a.FrenchName != null ? a.FrenchName : a.Name</c>.
/// </summary>
internal static class PageLanguage
{
    public static bool IsFrench => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
}
