using System.Globalization;

namespace MobilityPartnerships.Web.Tests;

/// <summary>Runs code as a request in a language runs it: the culture and the interface culture set, then put back.</summary>
internal static class InLanguage
{
    public static T Of<T>(string language, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
