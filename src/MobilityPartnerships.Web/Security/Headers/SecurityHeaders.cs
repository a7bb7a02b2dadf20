using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Security.SingleSignOn;

namespace MobilityPartnerships.Web.Security.Headers;

/// <summary>
/// The headers every response carries. The Content Security Policy lets scripts come only from the app itself
/// (no inline script, no eval: Blazor Server and MudBlazor need neither); styles may be inline because MudBlazor
/// sets them on elements; the page talks only to its own origin (which includes its WebSocket) and cannot be framed.
/// Forms post to the app itself, and — where single sign-on is configured — lead on to the provider: browsers apply
/// <c>form-action</c> to where a form's answer redirects, so the sign-in and sign-out buttons need the provider's origin.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy with the single sign-on provider's origin added to <c>form-action</c> when one is configured.</summary>
    public static string PolicyFor(SingleSignOnOptions singleSignOn)
    {
        ArgumentNullException.ThrowIfNull(singleSignOn);
        return singleSignOn.IsEnabled && Uri.TryCreate(singleSignOn.Authority, UriKind.Absolute, out var authority)
            ? ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {authority.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : ContentSecurityPolicy;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = PolicyFor(app.ApplicationServices.GetRequiredService<IOptions<SingleSignOnOptions>>().Value);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next();
        });
    }
}
