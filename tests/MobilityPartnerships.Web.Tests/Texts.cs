using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Tests;

/// <summary>The app's own text resources, as the app reads them.</summary>
internal static class Texts
{
    public static IStringLocalizer<Strings> Strings { get; } =
        new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
