using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MobilityPartnerships.EndToEndTests.Languages;

/// <summary>
/// A pseudo-language for tests only: the app's own localizer factory, decorated so that every text it gives (the app's,
/// MudBlazor's through AppMudLocalizer, Identity's through AccountErrorDescriber) comes in brackets. Any visible text
/// left outside brackets was written into the markup or code instead of the resources. Users never get it: only a test's
/// app swaps it in.
/// </summary>
public static class PseudoLanguage
{
    public static string Bracket(string text) => "[" + text + "]";

    /// <summary>Replaces the app's <see cref="IStringLocalizerFactory"/> with itself in brackets.</summary>
    public static void Use(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var original = services.Last(d => d.ServiceType == typeof(IStringLocalizerFactory));
        services.Remove(original);
        services.AddSingleton<IStringLocalizerFactory>(provider => new BracketingFactory(original switch
        {
            { ImplementationInstance: IStringLocalizerFactory instance } => instance,
            { ImplementationFactory: { } create } => (IStringLocalizerFactory)create(provider),
            _ => (IStringLocalizerFactory)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!),
        }));
    }

    private sealed class BracketingFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Bracketing(inner.Create(resourceSource));

        public IStringLocalizer Create(string baseName, string location) => new Bracketing(inner.Create(baseName, location));
    }

    /// <summary>The texts, each in brackets; a key without a text stays the bare key, so it shows as outside.</summary>
    private sealed class Bracketing(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Wrap(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Wrap(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Wrap);

        private static LocalizedString Wrap(LocalizedString text) =>
            text.ResourceNotFound ? text : new LocalizedString(text.Name, Bracket(text.Value), resourceNotFound: false, text.SearchedLocation);
    }
}
