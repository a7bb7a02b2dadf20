using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;
using MudBlazor;

namespace MobilityPartnerships.Web.Hosting.Languages;

/// <summary>
/// MudBlazor's own texts (pagers, dialogs' close buttons, inputs' clear buttons…) from Strings.resx, under "MudBlazor_{MudBlazor's key}".
/// A key the resources do not hold falls back to MudBlazor's English.
/// </summary>
public sealed class AppMudLocalizer(IStringLocalizer<Strings> text) : MudLocalizer
{
    public const string Prefix = "MudBlazor_";

    public override LocalizedString this[string key]
    {
        get
        {
            var found = text[Prefix + key];
            return found.ResourceNotFound ? base[key] : new LocalizedString(key, found.Value, resourceNotFound: false);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var found = text[Prefix + key, arguments];
            return found.ResourceNotFound ? base[key, arguments] : new LocalizedString(key, found.Value, resourceNotFound: false);
        }
    }
}
