using System.Globalization;
using System.Resources;

namespace MobilityPartnerships.Web.Resources;

/// <summary>
/// A text of Strings.resx in the current language, with its values, read without a localizer: for code that runs
/// outside a component or a request's services (the singleton spreadsheet reader, the import template).
/// </summary>
internal static class ResourceText
{
    private static readonly ResourceManager Texts = new(typeof(Strings));

    /// <summary>The text of <paramref name="key"/> as it is (a label, a header); the key itself when Strings.resx has none.</summary>
    public static string Of(string key) => Texts.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] values) =>
        string.Format(CultureInfo.CurrentCulture, Texts.GetString(key, CultureInfo.CurrentUICulture) ?? key, values);

    /// <summary>As <see cref="Components.Common.Display.Counted"/>: the form of <paramref name="key"/> that <paramref name="count"/> takes, with its values (the count alone as {0} when none are given).</summary>
    public static string Counted(string key, int count, params object[] values) =>
        Format(Components.Common.Display.CountedKey(key, count), values.Length == 0 ? [Components.Common.Display.Count(count)] : values);
}
