using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MobilityPartnerships.EndToEndTests.Hosting;

/// <summary>
/// A PostgreSQL cluster of a test's own, never the one scripts/run or the other tests use: created with initdb in a
/// temporary folder on a free loopback port (as the postgres user when the tests run as root, since initdb refuses
/// root), so the test may stop it with <c>pg_ctl stop -m immediate</c> or freeze it with SIGSTOP.
/// </summary>
internal sealed class PrivateCluster : IAsyncDisposable
{
    private readonly string folder;
    private readonly string data;
    private int[] frozen = [];

    private PrivateCluster(string folder, int port)
    {
        this.folder = folder;
        data = Path.Combine(folder, "data");
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string to <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ConnectionString;

    public static async Task<PrivateCluster> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("mp-cluster-").FullName;
        var cluster = new PrivateCluster(folder, FreePort());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:postgres", folder], asOwner: false, cancellationToken);
        }

        await RunAsync(Tool("initdb"), ["-D", cluster.data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], asOwner: true, cancellationToken);
        await File.AppendAllTextAsync(
            Path.Combine(cluster.data, "postgresql.conf"),
            $"\nlisten_addresses = '127.0.0.1'\nport = {cluster.Port}\nunix_socket_directories = '{cluster.data}'\n",
            cancellationToken);
        await cluster.StartAsync(cancellationToken);
        return cluster;
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        RunAsync(Tool("pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"], asOwner: true, cancellationToken);

    /// <summary>Stops the cluster at once, as a crash would: no checkpoint, every connection cut.</summary>
    public Task StopImmediatelyAsync(CancellationToken cancellationToken) =>
        RunAsync(Tool("pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asOwner: true, cancellationToken);

    /// <summary>Freezes the postmaster and every server process with SIGSTOP: connections are accepted, nothing answers.</summary>
    public async Task FreezeAsync(CancellationToken cancellationToken)
    {
        var postmaster = int.Parse((await File.ReadAllLinesAsync(Path.Combine(data, "postmaster.pid"), cancellationToken))[0], CultureInfo.InvariantCulture);
        // The postmaster first, so that it starts no process after its children are listed.
        await SignalAsync("-STOP", postmaster, cancellationToken);
        frozen = [postmaster, .. ChildrenOf(postmaster)];
        foreach (var child in frozen.Skip(1))
        {
            await SignalAsync("-STOP", child, cancellationToken);
        }
    }

    public async Task ThawAsync(CancellationToken cancellationToken)
    {
        foreach (var process in frozen)
        {
            await SignalAsync("-CONT", process, cancellationToken);
        }

        frozen = [];
    }

    /// <summary>Signals one process; one that has ended meanwhile (a backend whose client left) is passed over.</summary>
    private static async Task SignalAsync(string signal, int process, CancellationToken cancellationToken)
    {
        if (Directory.Exists($"/proc/{process}"))
        {
            try
            {
                await RunAsync("kill", [signal, process.ToString(CultureInfo.InvariantCulture)], asOwner: false, cancellationToken);
            }
            catch (InvalidOperationException) when (!Directory.Exists($"/proc/{process}"))
            {
                // It ended between the look and the signal.
            }
        }
    }

    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")))
        {
            string text;
            try
            {
                text = File.ReadAllText(stat);
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // pid (name) state ppid ...; the name may hold spaces, so read after its closing parenthesis.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parent)
            {
                yield return int.Parse(text[..text.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            }
        }
    }

    private static string Tool(string name)
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(directory => Path.Combine(directory, name))
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.EnumerateDirectories("/usr/lib/postgresql").OrderDescending().Select(version => Path.Combine(version, "bin", name))
                : []);
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"PostgreSQL's {name} was not found (Debian: apt-get install -y postgresql).");
    }

    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments, bool asOwner, CancellationToken cancellationToken)
    {
        var runAsPostgres = asOwner && Environment.UserName == "root";
        var start = new ProcessStartInfo(runAsPostgres ? "runuser" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAsPostgres)
        {
            foreach (var argument in (string[])["-u", "postgres", "--", tool])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await ThawAsync(CancellationToken.None);
        try
        {
            await StopImmediatelyAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Stopped already.
        }

        NpgsqlConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
