using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MobilityPartnerships.Web.Api;
using MobilityPartnerships.Web.Components;
using MobilityPartnerships.Web.Components.Layout;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Template;
using MobilityPartnerships.Web.Features.OpenData;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Security;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Forms;
using MobilityPartnerships.Web.Security.SignIn;
using MobilityPartnerships.Web.Security.SingleSignOn;

namespace MobilityPartnerships.Web.Hosting;

internal static class WebPipeline
{
    public static void UseWebPipeline(this WebApplication app)
    {
        app.UseProxyHeaders();
        // Outside the exception handler, so that a failed request is logged once with the answer it got (503 or 500).
        app.UseStructuredRequestLogging();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = DatabaseUnavailable.StatusCodeFor,
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        Languages.LanguageSetup.UseLanguages(app);
        app.UseSecurity();
        app.UseAntiforgery();
        app.UseExpiredFormAnswer();

        // Everything else needs a signed-in user (the fallback policy); these are what the sign-in page and probes need.
        app.MapStaticAssets().AllowAnonymous().WithMetadata(NoSessionCheck.Instance);
        app.MapThemeStyleSheet();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().WithMetadata(NoSessionCheck.Instance);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) }).AllowAnonymous().WithMetadata(NoSessionCheck.Instance);
        app.MapSignIn();
        Languages.LanguageEndpoints.MapLanguageSwitch(app);
        app.MapSingleSignOn();
        Features.Mail.Unsubscribing.UnsubscribeEndpoints.MapUnsubscribe(app);
        Security.SignIn.ForgotPasswordEndpoints.MapForgotPassword(app);
        app.MapApi();
        app.MapImportTemplate();

        // Downloads cost the server most: each user has an allowance per minute (see UserRateLimits).
        var downloads = app.MapGroup(string.Empty).RequireRateLimiting(UserRateLimits.Downloads);
        downloads.MapOpenData();
        downloads.MapSpreadsheetExports();
        downloads.MapPublishedScoreboardExports();
        Features.BriefingPacks.BriefingPacksSetup.MapBriefingPacks(downloads);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
