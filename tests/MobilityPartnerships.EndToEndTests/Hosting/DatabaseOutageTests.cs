using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MobilityPartnerships.Web.Data;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Hosting;

/// <summary>
/// The app on a PostgreSQL cluster of the test's own, which the test stops (<c>pg_ctl stop -m immediate</c>: nothing
/// listens, as after a crash) or freezes with SIGSTOP (a hung database: connections accepted, nothing answers) while
/// requests keep coming. Times are not measured here (scripts/bench/outage does that); the settings that bound them
/// are asserted, and the outcomes: the error the user gets, readiness, recovery without restarting the app, and the
/// committed data still there.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const string Database = "mobility_partnerships";

    private PrivateCluster cluster = default!;
    private SeparateApp app = default!;
    private HttpClient signedIn = default!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        cluster = await PrivateCluster.CreateAsync(Cancellation);
        await cluster.CreateDatabaseAsync(Database, Cancellation);
        app = SeparateApp.Start(cluster.ConnectionString(Database), new Dictionary<string, string>
        {
            // The load below is many requests of one user; the per-user limits are not what is tested here.
            ["Security:ApiRequestsPerMinute"] = "1000000",
        });
        signedIn = await app.SignedInClientAsync(AppFixture.Administrator);
    }

    [Fact]
    public async Task While_the_database_is_stopped_under_load_users_get_the_error_readiness_fails_and_after_it_returns_the_app_recovers_with_committed_data_intact()
    {
        var committed = await CommitAChangeAsync();
        var before = await FingerprintAsync();

        await using (var load = Load.Start(signedIn))
        {
            await cluster.StopImmediatelyAsync(Cancellation);
            await AssertTheOutageIsToldAsync();
            await cluster.StartAsync(Cancellation);
            await AssertRecoveredAsync();
            Assert.Empty(await load.StopAsync());
        }

        Assert.Equal(committed.Title, await TitleAsync(committed.Id));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task While_the_database_is_frozen_under_load_users_get_the_error_readiness_fails_and_after_it_thaws_the_app_recovers_with_committed_data_intact()
    {
        var committed = await CommitAChangeAsync();
        var before = await FingerprintAsync();

        await using (var load = Load.Start(signedIn))
        {
            await cluster.FreezeAsync(Cancellation);
            try
            {
                await AssertTheOutageIsToldAsync();
            }
            finally
            {
                await cluster.ThawAsync(Cancellation);
            }

            await AssertRecoveredAsync();
            Assert.Empty(await load.StopAsync());
        }

        Assert.Equal(committed.Title, await TitleAsync(committed.Id));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task A_save_started_while_the_database_is_stopped_says_it_failed_and_stores_nothing()
    {
        await ASaveWhileTheDatabaseIsAwaySaysItFailedAsync(cluster.StopImmediatelyAsync, cluster.StartAsync);
    }

    [Fact]
    public async Task A_save_started_while_the_database_is_frozen_says_it_failed_and_stores_nothing_after_it_thaws()
    {
        await ASaveWhileTheDatabaseIsAwaySaysItFailedAsync(cluster.FreezeAsync, cluster.ThawAsync);
    }

    [Fact]
    public async Task The_waits_on_the_database_are_bounded_by_the_settings_within_five_seconds_and_readiness_within_two()
    {
        var limits = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Assert.True(limits.WorstCaseWait <= TimeSpan.FromSeconds(5), $"retries and time-outs may take {limits.WorstCaseWait}");
        Assert.True(limits.MaxRetryCount * limits.MaxRetryDelay + TimeSpan.FromSeconds(limits.ConnectTimeoutSeconds + limits.CommandTimeoutSeconds) <= limits.WorstCaseWait);

        Assert.True(limits.HealthCheckTimeout < TimeSpan.FromSeconds(2), $"the readiness check may take {limits.HealthCheckTimeout}");

        // What the contexts of pages and API calls are actually given.
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancellation);
        Assert.Equal(limits.CommandTimeoutSeconds, db.Database.GetCommandTimeout());
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.Equal(limits.ConnectTimeoutSeconds, connection.Timeout);
        Assert.Equal(limits.CommandTimeoutSeconds, connection.CommandTimeout);
    }

    /// <summary>The API answers 503 with a problem document, a page 503 with the app's page saying the database is away, readiness "Unhealthy"; liveness stays healthy.</summary>
    private async Task AssertTheOutageIsToldAsync()
    {
        using (var api = await signedIn.GetAsync(new Uri("api/v1/partnerships", UriKind.Relative), Cancellation))
        {
            var body = await api.Content.ReadAsStringAsync(Cancellation);
            Assert.True(api.StatusCode == HttpStatusCode.ServiceUnavailable, $"the API answered {(int)api.StatusCode}: {body}");
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.True(api.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "Retry-After is missing");
            using var problem = JsonDocument.Parse(body);
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("reference").GetString()));
        }

        using (var page = await signedIn.GetAsync(new Uri("partnerships", UriKind.Relative), Cancellation))
        {
            var body = await page.Content.ReadAsStringAsync(Cancellation);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.True(page.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "Retry-After is missing on the page");
            Assert.Contains("The database is not available", body, StringComparison.Ordinal);
            Assert.Contains("Reference number:", body, StringComparison.Ordinal);
        }

        // A probe with a sign-in cookie (a browser opening the address) is answered alike: the probes ask no session.
        using var anonymous = app.AnonymousClient();
        foreach (var client in new[] { anonymous, signedIn })
        {
            using (var ready = await client.GetAsync(new Uri("health/ready", UriKind.Relative), Cancellation))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(Cancellation));
            }

            using var live = await client.GetAsync(new Uri("health/live", UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("Healthy", await live.Content.ReadAsStringAsync(Cancellation));
        }
    }

    /// <summary>The same app, not restarted, answers again: the API, a page and readiness.</summary>
    private async Task AssertRecoveredAsync()
    {
        // Connections the pool held across the outage are found broken and replaced; a few requests may still fail.
        await AnswersOkAsync(signedIn, "api/v1/partnerships");
        await AnswersOkAsync(signedIn, "partnerships");
        using var anonymous = app.AnonymousClient();
        await AnswersOkAsync(anonymous, "health/ready");
    }

    private static async Task AnswersOkAsync(HttpClient client, string path)
    {
        HttpStatusCode last = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(200, Cancellation);
        }

        Assert.Fail($"{path} still answers {(int)last} after the database came back");
    }

    private async Task ASaveWhileTheDatabaseIsAwaySaysItFailedAsync(Func<CancellationToken, Task> takeAway, Func<CancellationToken, Task> bringBack)
    {
        var id = await ScalarAsync<Guid>("SELECT id FROM initiatives ORDER BY title LIMIT 1");
        var stored = await TitleAsync(id);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await AppFixture.SignInAsync(page, AppFixture.Administrator, AppFixture.Password);
        await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
        await page.GotoAsync($"initiatives/{id}/edit");
        await AppFixture.WaitForInteractivityAsync(page);
        await AppFixture.WaitForEditorAsync(page);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(stored + " (saved during the outage)");

        await takeAway(Cancellation);
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            var failed = page.GetByTestId("save-failed");
            await Expect(failed).ToContainTextAsync("could not be saved", new() { Timeout = 30_000 });
            await Expect(failed).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Reference number: \S+"));
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit$"));
        }
        finally
        {
            await bringBack(Cancellation);
        }

        // Once the database answers again, what it holds is what the user was told: nothing was stored.
        await AnswersOkAsync(signedIn, "api/v1/partnerships");
        Assert.Equal(stored, await TitleAsync(id));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE title LIKE '%(saved during the outage)'"));
    }

    /// <summary>A change committed just before the outage, straight in the database.</summary>
    private async Task<(Guid Id, string Title)> CommitAChangeAsync()
    {
        var id = await ScalarAsync<Guid>("SELECT id FROM initiatives ORDER BY title DESC LIMIT 1");
        var title = $"Committed before the outage {Guid.NewGuid():N}";
        await ScalarAsync<int>("UPDATE initiatives SET title = $1 WHERE id = $2 RETURNING 1", title, id);
        return (id, title);
    }

    private Task<string> TitleAsync(Guid id) => ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", id);

    /// <summary>Every initiative, funding line and history entry, folded into one value.</summary>
    private Task<string> FingerprintAsync() => ScalarAsync<string>(
        """
        SELECT md5(concat_ws('|',
            (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM initiatives t),
            (SELECT string_agg(f::text, ',' ORDER BY f::text) FROM funding_lines f),
            (SELECT count(*)::text FROM history_entries)))
        """);

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(Database) + ";Pooling=false");
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync(Cancellation))!;
    }

    public async ValueTask DisposeAsync()
    {
        signedIn?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>
    /// Requests of the API and a page, four at a time, until stopped. Each must end in an answer the user can read:
    /// 200, or the app's 503 (the API's problem document, a page's "database not available"); anything else is returned.
    /// </summary>
    private sealed class Load : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly ConcurrentBag<string> unexpected = [];
        private readonly Task[] workers;

        private Load(HttpClient client)
        {
            workers = [.. Enumerable.Range(0, 4).Select(i => Task.Run(() => RunAsync(client, i % 2 == 0 ? "api/v1/partnerships" : "partnerships")))];
        }

        public static Load Start(HttpClient client) => new(client);

        private async Task RunAsync(HttpClient client, string path)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), stop.Token);
                    var status = (int)response.StatusCode;
                    if (status is not (200 or 503))
                    {
                        unexpected.Add($"{path}: {status}");
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }

        public async Task<IReadOnlyCollection<string>> StopAsync()
        {
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            return [.. unexpected];
        }

        public async ValueTask DisposeAsync()
        {
            if (!stop.IsCancellationRequested)
            {
                await StopAsync();
            }

            stop.Dispose();
        }
    }
}
