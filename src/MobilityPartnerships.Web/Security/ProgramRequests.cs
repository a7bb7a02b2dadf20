using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;

namespace MobilityPartnerships.Web.Security;

/// <summary>
/// Requests made by programs rather than by a person's browser: the JSON API and its OpenAPI document. A program
/// cannot sign in on a page, so one without a session is answered 401 (and a refused one 403) with an empty body,
/// never sent to the sign-in page nor given the HTML "not found" page.
/// </summary>
internal static class ProgramRequests
{
    private static readonly PathString[] Prefixes = ["/api", "/openapi"];

    public static bool Are(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Array.Exists(Prefixes, prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The cookie's redirect for browsers; a bare status code for programs.</summary>
    public static Func<RedirectContext<CookieAuthenticationOptions>, Task> AnswerWith(int statusCode, Func<RedirectContext<CookieAuthenticationOptions>, Task> browsers) =>
        context =>
        {
            if (!Are(context.Request))
            {
                return browsers(context);
            }

            context.Response.StatusCode = statusCode;
            if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            return Task.CompletedTask;
        };
}
