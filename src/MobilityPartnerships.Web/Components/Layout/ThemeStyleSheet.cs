using System.Security.Cryptography;
using System.Text;
using MudBlazor;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Components.Layout;

/// <summary>
/// The theme's colours, fonts and sizes (<see cref="AppTheme"/>) as a style sheet of its own, written once when the app
/// starts and served under an address that names its content, so that a browser keeps it: MudBlazor's theme provider
/// would write the same 11,600 characters into every page, and build them again at every request.
/// </summary>
internal static class ThemeStyleSheet
{
    private static readonly Lazy<(string Css, string Version)> Built = new(Build);

    /// <summary>Where the style sheet is served; <see cref="Href"/> adds its version.</summary>
    public const string Path = "/theme.css";

    /// <summary>The style sheet's text: the theme's custom properties on <c>:root</c>.</summary>
    public static string Css => Built.Value.Css;

    /// <summary>The address a page links to, which changes whenever the theme does.</summary>
    public static string Href => $"{Path.TrimStart('/')}?v={Built.Value.Version}";

    public static void MapThemeStyleSheet(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (HttpContext context) =>
            {
                // Immutable only under the address of this version; any other is answered afresh each time.
                context.Response.Headers.CacheControl = context.Request.Query["v"] == Built.Value.Version
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
                return Results.Text(Css, "text/css", Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithMetadata(NoSessionCheck.Instance)
            .ExcludeFromDescription();

    private static (string Css, string Version) Build()
    {
        var markup = new Writer(AppTheme.Theme).Markup();
        var start = markup.IndexOf('>', StringComparison.Ordinal) + 1;
        var end = markup.LastIndexOf("</style>", StringComparison.Ordinal);
        if (!markup.StartsWith("<style", StringComparison.Ordinal) || start <= 0 || end < start)
        {
            throw new InvalidOperationException("MudBlazor's theme provider no longer writes its theme as one style element.");
        }

        var css = markup[start..end].Trim() + "\n";
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16];
        return (css, version);
    }

    /// <summary>MudBlazor's own writing of a theme, which the provider renders into a page.</summary>
    private sealed class Writer : MudThemeProvider
    {
        public Writer(MudTheme theme)
        {
            Theme = theme;
        }

        public string Markup() => BuildTheme();
    }
}
