using System.Diagnostics;
using MobilityPartnerships.TestSupport;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// The backup the README gives (pg_dump in its custom format, then pg_restore into an empty database) brings the
/// database back whole: every object restores without an error, the search indexes included, and the rows are there.
/// </summary>
public sealed class BackupAndRestoreTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_dump_of_the_database_restores_without_errors_into_an_empty_database()
    {
        var dump = Path.Combine(Path.GetTempPath(), $"mp-backup-{Guid.NewGuid():N}.dump");
        await using var restored = await TestDatabase.CreateAsync("restored");
        try
        {
            var source = new NpgsqlConnectionStringBuilder(fixture.Database.ConnectionString);
            await RunAsync("pg_dump", source, [.. ServerArguments(source), "-Fc", "-f", dump, source.Database!]);
            await RunAsync("pg_restore", source, [.. ServerArguments(source), "--exit-on-error", "--no-owner", "-d", restored.Name, dump]);
        }
        finally
        {
            File.Delete(dump);
        }

        const string Indexes = "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public'";
        Assert.Equal(await fixture.Database.ScalarAsync<string>(Indexes), await restored.ScalarAsync<string>(Indexes));
        const string Initiatives = "SELECT md5(string_agg(i::text, ',' ORDER BY i.id)) FROM initiatives i";
        Assert.Equal(await fixture.Database.ScalarAsync<string>(Initiatives), await restored.ScalarAsync<string>(Initiatives));
        Assert.Equal(1L, await restored.ScalarAsync<long>("SELECT count(*) FROM partnerships WHERE mp_search_vector(name, NULL) @@ to_tsquery('simple', 'moldova & mobility')"));
    }

    private static string[] ServerArguments(NpgsqlConnectionStringBuilder server) =>
        ["-h", server.Host!, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", server.Username!];

    private static async Task RunAsync(string tool, NpgsqlConnectionStringBuilder server, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (server.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await output} {await errors}");
    }

    private static string Tool(string name)
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(directory => Path.Combine(directory, name))
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.EnumerateDirectories("/usr/lib/postgresql").OrderDescending().Select(version => Path.Combine(version, "bin", name))
                : []);
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"PostgreSQL's {name} was not found (Debian: apt-get install -y postgresql-client).");
    }
}
