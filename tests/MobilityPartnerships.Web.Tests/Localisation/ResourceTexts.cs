using System.Collections;
using System.Globalization;
using System.Resources;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Tests.Localisation;

/// <summary>The texts of Strings.resx (English) and Strings.fr.resx (French) as the app's assembly and its satellite hold them.</summary>
internal static class ResourceTexts
{
    private static readonly ResourceManager Manager = new(typeof(Strings));

    public static IReadOnlyDictionary<string, string> English { get; } = Read(CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> French { get; } = Read(CultureInfo.GetCultureInfo("fr"));

    /// <summary>Only the entries of the culture's own file: no fallback to the English ones.</summary>
    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for the culture '{culture.Name}' were built.");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            texts[(string)entry.Key] = entry.Value as string ?? throw new InvalidOperationException($"The entry {entry.Key} is not a text.");
        }

        return texts;
    }
}
