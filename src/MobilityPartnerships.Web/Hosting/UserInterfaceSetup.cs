using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Hosting.Circuits;
using MudBlazor.Services;

namespace MobilityPartnerships.Web.Hosting;

internal static class UserInterfaceSetup
{
    public static void AddUserInterface(this IServiceCollection services)
    {
        // Bounds on what one browser can hold on the server: unacknowledged renders, message size; open pages per user
        // and pages kept after their connection dropped come from the Circuits settings (CircuitSettings says why).
        services.AddRazorComponents()
            .AddInteractiveServerComponents(options =>
            {
                options.MaxBufferedUnacknowledgedRenderBatches = 10;
                options.JSInteropDefaultCallTimeout = TimeSpan.FromMinutes(1);
            })
            .AddHubOptions(options =>
            {
                // The page's first message hands the prerender's state back to the server; it grows with what the page
                // shows whole (a partnership's participants, about half a kilobyte each, and its filters' 100 choices):
                // 64 KB stopped the page of a partnership of a hundred participants from ever turning interactive.
                options.MaximumReceiveMessageSize = 512 * 1024;
                options.MaximumParallelInvocationsPerClient = 1;
                // A page's replies to the server (render acknowledgements, script results) do not begin a new access event.
                options.AddFilter(new Security.Access.BrowserReplies());
            });
        services.AddOptions<CircuitSettings>().BindConfiguration(CircuitSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CircuitOptions>().Configure<IOptions<CircuitSettings>>((options, settings) =>
        {
            options.DisconnectedCircuitMaxRetained = settings.Value.DisconnectedMaxRetained;
            options.DisconnectedCircuitRetentionPeriod = settings.Value.DisconnectedRetentionPeriod;
        });
        services.AddSingleton<OpenCircuits>();
        services.AddScoped<CircuitAdmission>();
        services.AddScoped<CircuitHandler, CircuitLimitHandler>();
        // A database that cannot be reached is answered 503 by pages and the API alike (see DatabaseUnavailable).
        services.AddExceptionHandler<DatabaseUnavailable>();
        services.AddMudServices();
        services.AddLocalization();
        Languages.LanguageSetup.AddLanguages(services);
    }
}
