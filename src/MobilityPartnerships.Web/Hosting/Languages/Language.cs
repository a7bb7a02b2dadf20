using System.Globalization;

namespace MobilityPartnerships.Web.Hosting.Languages;

/// <summary>
/// A language the interface is written in. The user's choice (the top bar's switch, kept on the account and in the
/// standard culture cookie) comes first, then the browser's Accept-Language, then English.
/// </summary>
public sealed record Language(string Code, string NativeName)
{
    public const int CodeMaxLength = 10;

    /// <summary>The claim that carries the account's chosen language into the sign-in cookie.</summary>
    public const string ClaimType = "mp:language";

    public static readonly Language English = new("en", "English");

    public static readonly Language French = new("fr", "Français");

    public static readonly IReadOnlyList<Language> All = [English, French];

    public static Language Default => English;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);

    /// <summary>The language of a code ("fr", "fr-FR", "FR"), or null when the product has none for it.</summary>
    public static Language? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var neutral = code.Trim().Split('-', '_')[0];
        return All.FirstOrDefault(l => string.Equals(l.Code, neutral, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The language the interface is in now (the current UI culture).</summary>
    public static Language Current => Find(CultureInfo.CurrentUICulture.Name) ?? Default;

    /// <summary>Runs <paramref name="work"/> with the culture of <paramref name="code"/> (e.g. a mail for its recipient), then restores the caller's.</summary>
    public static T In<T>(string? code, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var language = Find(code) ?? Default;
        try
        {
            CultureInfo.CurrentCulture = language.Culture;
            CultureInfo.CurrentUICulture = language.Culture;
            return work();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
