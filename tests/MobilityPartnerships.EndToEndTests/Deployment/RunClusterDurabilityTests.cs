using System.Diagnostics;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Deployment;

/// <summary>
/// The cluster scripts/run starts keeps its data across crashes: fsync and synchronous_commit are on, also on a cluster
/// created before they were, which gets them by a reload (its server keeps running, not started again) rather than a restart.
/// </summary>
public sealed class RunClusterDurabilityTests
{
    [Fact]
    public async Task The_run_cluster_turns_fsync_and_synchronous_commit_on_even_for_a_cluster_created_without_them()
    {
        var root = Path.Combine(Path.GetTempPath(), $"mp-durable-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var library = Path.Combine(RepositoryPaths.Root, "scripts", "lib", "local-postgres.sh");
        try
        {
            // A cluster as scripts/run made them before: in the place start_local_postgres uses, without fsync.
            var before = await BashAsync($"""
                source '{library}'
                REPO_ROOT='{root}'
                start_postgres_cluster "$REPO_ROOT/.local/postgres" "$REPO_ROOT/.local/postgres.port" off >/dev/null
                {Settings}
                """);
            Assert.Equal("off off", before.Settings);

            var after = await BashAsync($"""
                source '{library}'
                REPO_ROOT='{root}'
                start_local_postgres >/dev/null
                {Settings}
                """);

            Assert.Equal("on on", after.Settings);
            Assert.Equal(before.ServerStart, after.ServerStart);
        }
        finally
        {
            await BashAsync($"source '{library}'; stop_postgres_cluster '{root}/.local/postgres'", read: false);
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Prints "fsync synchronous_commit" and when its server started, each on a line.</summary>
    private const string Settings = """
        as_db_owner "$(find_pg_tool psql)" -h 127.0.0.1 -p "$LOCAL_POSTGRES_PORT" -U postgres -d postgres -Atq \
          -c "SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit')" -c "SELECT pg_postmaster_start_time()"
        """;

    private static async Task<(string Settings, string ServerStart)> BashAsync(string script, bool read = true)
    {
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (!read)
        {
            return (string.Empty, string.Empty);
        }

        Assert.True(process.ExitCode == 0, $"bash ended with {process.ExitCode}: {errors}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines[^2], lines[^1]);
    }
}
