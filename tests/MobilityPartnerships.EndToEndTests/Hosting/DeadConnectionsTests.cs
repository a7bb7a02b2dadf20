using System.Text.Json;
using MobilityPartnerships.TestSupport;
using Npgsql;

namespace MobilityPartnerships.EndToEndTests.Hosting;

/// <summary>
/// What a primary's restart leaves behind, without restarting anything: every connection of the app's database ended
/// by the server (<c>pg_terminate_backend</c>, as a restart or a failover ends them) while the app's pool holds them,
/// and the database refusing new connections for a while. Pages and the API answer 200 or the app's own 503 — never
/// the 500 of a fault —, and the same app, not restarted, answers 200 again.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class DeadConnectionsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Paths = ["partnerships", "api/v1/partnerships"];

    private TestDatabase database = default!;
    private SeparateApp app = default!;
    private HttpClient signedIn = default!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("dead_connections");
        app = SeparateApp.Start(database.ConnectionString, new Dictionary<string, string> { ["Security:ApiRequestsPerMinute"] = "1000000" });
        signedIn = await app.SignedInClientAsync(AppFixture.Administrator);
    }

    [Fact]
    public async Task Pooled_connections_the_server_ended_cost_at_most_the_first_request_a_503_and_the_next_are_answered()
    {
        // Several requests at once leave several connections idle in the app's pool.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => AnswerAsync(Paths[i % 2])));
        var ended = await EndEveryConnectionAsync();
        Assert.True(ended >= 2, $"the app held {ended} connection(s); the test needs several dead ones in its pool");

        var answers = new List<Answer>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await AnswerAsync(Paths[i % 2]));
        }

        output.WriteLine($"{ended} connections ended; then: {string.Join(", ", answers.Select(a => $"{a.Path} {a.Status}"))}");
        Assert.All(answers, a => Assert.True(a.Status is 200 or 503, $"{a.Path} answered {a.Status}: {a.Body}"));
        if (answers[0].Status == 503)
        {
            AssertTheAppSaysTheDatabaseIsAway(answers[0]);
        }

        // Npgsql empties the pool when a connection breaks: only the first request can have met a dead one.
        Assert.All(answers.Skip(1), a => Assert.True(a.Status == 200, $"{a.Path} answered {a.Status} after the first request: {a.Body}"));
    }

    [Fact]
    public async Task While_the_database_refuses_connections_pages_and_the_API_answer_503_with_the_apps_message_and_200_once_it_accepts_again()
    {
        Assert.Equal(200, (await AnswerAsync("partnerships")).Status);
        await AllowConnectionsAsync(false);
        try
        {
            await EndEveryConnectionAsync();
            foreach (var path in Paths.Concat(Paths))
            {
                var answer = await AnswerAsync(path);
                Assert.True(answer.Status == 503, $"{path} answered {answer.Status}: {answer.Body}");
                AssertTheAppSaysTheDatabaseIsAway(answer);
            }
        }
        finally
        {
            await AllowConnectionsAsync(true);
        }

        foreach (var path in Paths)
        {
            var answer = await AnswerAsync(path);
            Assert.True(answer.Status == 200, $"{path} answered {answer.Status} once the database accepted connections again: {answer.Body}");
        }
    }

    private static void AssertTheAppSaysTheDatabaseIsAway(Answer answer)
    {
        Assert.True(answer.RetryAfter is { TotalSeconds: > 0 }, $"{answer.Path}: Retry-After is missing");
        if (answer.Path.StartsWith("api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", answer.MediaType);
            using var problem = JsonDocument.Parse(answer.Body);
            Assert.Equal("The database cannot be reached.", problem.RootElement.GetProperty("title").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("reference").GetString()));
        }
        else
        {
            Assert.Equal("text/html", answer.MediaType);
            Assert.Contains("The database is not available", answer.Body, StringComparison.Ordinal);
            Assert.Contains("Reference number:", answer.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Something went wrong", answer.Body, StringComparison.Ordinal);
        }
    }

    private async Task<Answer> AnswerAsync(string path)
    {
        using var response = await signedIn.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
        return new Answer(path, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter?.Delta, await response.Content.ReadAsStringAsync(Cancellation));
    }

    /// <summary>Ends every connection to the app's database, as a restart of the server does; returns how many.</summary>
    private async Task<int> EndEveryConnectionAsync() =>
        (await OnServerAsync("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", database.Name)) is long n ? (int)n : 0;

    private async Task AllowConnectionsAsync(bool allow) =>
        await OnServerAsync($"ALTER DATABASE \"{database.Name}\" WITH ALLOW_CONNECTIONS {(allow ? "true" : "false")}");

    private static async Task<object?> OnServerAsync(string sql, params object[] parameters)
    {
        var server = new NpgsqlConnectionStringBuilder(await PostgresServer.ConnectionStringAsync()) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        signedIn?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private sealed record Answer(string Path, int Status, string? MediaType, TimeSpan? RetryAfter, string Body);
}
