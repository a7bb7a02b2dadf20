using System.Diagnostics;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Deployment;

/// <summary>No Docker engine runs here, but docker-compose (v1) still checks the compose file's structure.</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task Docker_compose_file_is_valid()
    {
        var start = new ProcessStartInfo("docker-compose", "-f docker-compose.yml config --quiet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose could not start; scripts/test installs it (Debian package docker-compose).");
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, errors);
    }

    [Fact]
    public async Task The_cluster_profile_has_two_app_instances_behind_haproxy_with_the_repositorys_configuration()
    {
        var start = new ProcessStartInfo("docker-compose", "-f docker-compose.yml --profile cluster config")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose could not start; scripts/test installs it (Debian package docker-compose).");
        var config = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, errors);
        Assert.Contains("  app1:", config, StringComparison.Ordinal);
        Assert.Contains("  app2:", config, StringComparison.Ordinal);
        Assert.Contains("APP2_ADDRESS: app2:8080", config, StringComparison.Ordinal);
        Assert.Contains("deploy/haproxy/haproxy.cfg", config, StringComparison.Ordinal);
    }
}
