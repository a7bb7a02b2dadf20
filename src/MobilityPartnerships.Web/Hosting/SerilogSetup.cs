using Serilog;
using Serilog.Events;

namespace MobilityPartnerships.Web.Hosting;

internal static class SerilogSetup
{
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();

    public static void AddLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} (trace {TraceId}){NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>One structured event per request, with the route, user agent and elapsed time as properties.</summary>
    public static void UseStructuredRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("RequestHost", http.Request.Host.Value ?? string.Empty);
                diagnostics.Set("UserAgent", http.Request.Headers.UserAgent.ToString());
                diagnostics.Set("Endpoint", http.GetEndpoint()?.DisplayName ?? "(none)");
            };
            options.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal) ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
}
