using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>The app's own host — its HTTP pipeline, endpoints and services — in this process, over a test's database.</summary>
internal static class AppHost
{
    private static readonly SemaphoreSlim Starting = new(1, 1);

    /// <summary>A started host in Development over <paramref name="connectionString"/>, with the settings <paramref name="configure"/> adds.</summary>
    public static async Task<WebApplicationFactory<Program>> StartAsync(string connectionString, Action<IWebHostBuilder>? configure = null)
    {
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development").UseSetting("ConnectionStrings:Default", connectionString);
            configure?.Invoke(builder);
        });

        // Each host's start swaps and freezes Serilog's static bootstrap logger: one start at a time in this process.
        await Starting.WaitAsync();
        try
        {
            _ = host.Server;
        }
        finally
        {
            Starting.Release();
        }

        return host;
    }
}
