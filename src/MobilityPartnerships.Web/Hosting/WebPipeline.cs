using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MobilityPartnerships.Web.Components;

namespace MobilityPartnerships.Web.Hosting;

internal static class WebPipeline
{
    public static void UseWebPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStructuredRequestLogging();
        app.UseRequestLocalization("en");
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
