using MudBlazor.Services;

namespace MobilityPartnerships.Web.Hosting;

internal static class UserInterfaceSetup
{
    public static void AddUserInterface(this IServiceCollection services)
    {
        // Bounds on what one browser can hold on the server: retained circuits, unacknowledged renders, message size.
        services.AddRazorComponents()
            .AddInteractiveServerComponents(options =>
            {
                options.DisconnectedCircuitMaxRetained = 100;
                options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
                options.MaxBufferedUnacknowledgedRenderBatches = 10;
                options.JSInteropDefaultCallTimeout = TimeSpan.FromMinutes(1);
            })
            .AddHubOptions(options =>
            {
                options.MaximumReceiveMessageSize = 64 * 1024;
                options.MaximumParallelInvocationsPerClient = 1;
            });
        services.AddMudServices();
        services.AddLocalization();
    }
}
