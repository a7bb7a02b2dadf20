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
}
