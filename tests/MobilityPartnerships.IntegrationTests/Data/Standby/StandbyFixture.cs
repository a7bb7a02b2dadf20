using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data.Standby;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Data.Standby;

/// <summary>
/// A real streaming standby of the tests' PostgreSQL, made by the repository's own script
/// (scripts/lib/local-standby.sh, pg_basebackup -R) in .local/postgres-test-standby, and the app's services configured
/// with it as <c>ConnectionStrings:Standby</c>. It needs the server on this machine (127.0.0.1), as scripts/test starts
/// it; a server elsewhere (or a container) cannot be copied by a local pg_basebackup, and only then are the tests skipped.
/// </summary>
public sealed class StandbyFixture : DatabaseFixture
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "scripts", "lib", "local-standby.sh");
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, ".local", "postgres-test-standby");
    private static readonly string PortFile = Path.Combine(RepositoryPaths.Root, ".local", "postgres-test-standby.port");

    private string? standbyServer;
    private int primaryPort;

    /// <summary>Why the tests cannot run here; null when the standby runs.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The standby's connection string to the test database.</summary>
    public string StandbyConnectionString => new NpgsqlConnectionStringBuilder(standbyServer) { Database = Database.Name }.ConnectionString;

    /// <summary>The fixture's own connections to the standby: never pooled, as a test stops and starts it.</summary>
    private string Unpooled => new NpgsqlConnectionStringBuilder(StandbyConnectionString) { Pooling = false }.ConnectionString;

    protected override IReadOnlyDictionary<string, string?>? Settings =>
        standbyServer is null
            ? null
            : new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{StandbyOptions.ConnectionStringName}"] = StandbyConnectionString,
                // A first connection on a machine busy with the other tests may take more than the 1 s a page allows; a
                // stopped standby refuses at once whatever this says.
                [$"{StandbyOptions.Section}:{nameof(StandbyOptions.ConnectTimeoutSeconds)}"] = "10",
            };

    public override async ValueTask InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresServer.EnvironmentVariable);
        var primary = string.IsNullOrWhiteSpace(server) ? null : new NpgsqlConnectionStringBuilder(server);
        if (primary is null || primary.Host is not ("127.0.0.1" or "localhost"))
        {
            SkipReason = $"A standby is made by pg_basebackup from a PostgreSQL on this machine; {PostgresServer.EnvironmentVariable} names {(primary is null ? "none (a container is used)" : "a server on " + primary.Host)}. scripts/test starts one here.";
        }
        else
        {
            primaryPort = primary.Port;
            standbyServer = (await RunScriptAsync("start_standby_of \"$1\" \"$2\" \"$3\"", primaryPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Folder, PortFile)).Trim().Split('\n')[^1];
        }

        // The test database is created after the standby started: it reaches the standby as WAL, like every change.
        await base.InitializeAsync();
        if (standbyServer is not null)
        {
            await CaughtUpAsync();
        }
    }

    /// <summary>Waits until the standby has replayed everything committed on the primary so far.</summary>
    public async Task CaughtUpAsync()
    {
        var position = await Database.ScalarAsync<string>("SELECT pg_current_wal_insert_lsn()::text");

        // Asked of the standby's own database: the test database reaches the standby only once it replayed its creation.
        await using var standby = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Unpooled) { Database = "postgres" }.ConnectionString);
        await standby.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", standby) { Parameters = { new() { Value = position } } };
        var waited = Stopwatch.StartNew();
        while (!(bool)(await command.ExecuteScalarAsync())!)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"The standby did not replay up to {position} in 30 s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Runs <paramref name="sql"/> on the standby as its superuser.</summary>
    public async Task OnStandbyAsync(string sql)
    {
        await using var standby = new NpgsqlConnection(Unpooled);
        await standby.OpenAsync();
        await using var command = new NpgsqlCommand(sql, standby);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Pauses the standby's replay (it still receives WAL) until it says it is paused.</summary>
    public async Task PauseReplayAsync()
    {
        await OnStandbyAsync("SELECT pg_wal_replay_pause()");
        await using var standby = new NpgsqlConnection(Unpooled);
        await standby.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_get_wal_replay_pause_state()", standby);
        while ((string?)await command.ExecuteScalarAsync() != "paused")
        {
            await Task.Delay(10);
        }
    }

    public Task ResumeReplayAsync() => OnStandbyAsync("SELECT pg_wal_replay_resume()");

    public Task StopStandbyAsync() => standbyServer is null ? Task.CompletedTask : RunScriptAsync("stop_postgres_cluster \"$1\"", Folder);

    public Task StartStandbyAsync() => RunScriptAsync("start_standby_of \"$1\" \"$2\" \"$3\"", primaryPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Folder, PortFile);

    /// <summary>The app's services configured with the standby, apart from the fixture's (what they remember of the standby is their own).</summary>
    public ServiceProvider OwnServices() => AppServices.Build(Database.ConnectionString, settings: Settings);

    private static async Task<string> RunScriptAsync(string call, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"source \"{Script}\" && {call}");
        start.ArgumentList.Add("local-standby");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/lib/local-standby.sh: {call} failed ({process.ExitCode}): {await errors}{await output}");
        }

        return await output;
    }
}
