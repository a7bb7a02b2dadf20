using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Security.Forms;

/// <summary>
/// A form post whose antiforgery token is missing, stale (a sign-in page left open past its cookie) or forged is
/// answered 400 with the same sentence, in the user's language, before any endpoint reads the form: every form of the
/// app, the sign-in, password and language forms, the pages' forms and sign-out alike. Before, an endpoint that binds
/// form fields threw while binding, and the error page, asked again with the same post, threw too: an empty 500.
/// </summary>
internal static class ExpiredForms
{
    public static IApplicationBuilder UseExpiredFormAnswer(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                && http.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true })
            {
                await AnswerAsync(http);
                return;
            }

            await next(http);
        });

    public static Task AnswerAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(http.RequestServices.GetRequiredService<IStringLocalizer<Strings>>()["SignIn_FormExpired"], http.RequestAborted);
    }
}
