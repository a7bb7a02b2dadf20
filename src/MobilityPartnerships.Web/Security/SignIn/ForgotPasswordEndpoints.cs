using Microsoft.AspNetCore.Mvc;
using MobilityPartnerships.Web.Features.Mail.Accounts;

namespace MobilityPartnerships.Web.Security.SignIn;

/// <summary>
/// "Forgot password": the form's post, rate-limited per address like sign-in. Whether the address has an account or
/// not, the same work is done (<see cref="AccountMail.ForgotPasswordAsync"/>) and the answer is the same page.
/// </summary>
internal static class ForgotPasswordEndpoints
{
    public static void MapForgotPassword(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/forgot-password", ForgotAsync).AllowAnonymous().RequireRateLimiting(SignInEndpoints.RateLimitPolicy).WithOrder(-1);

    private static async Task<IResult> ForgotAsync([FromForm] string? email, AccountMail mail, CancellationToken cancellationToken)
    {
        if (email is { Length: <= 256 })
        {
            await mail.ForgotPasswordAsync(email, cancellationToken);
        }

        return Results.LocalRedirect("~/account/forgot-password?sent=true");
    }
}
