using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;
using Npgsql;

namespace MobilityPartnerships.EndToEndTests.Hosting;

/// <summary>
/// The app reaches its database through a relay that the test stops: then nothing listens at the database's address.
/// Times are not measured here (scripts/bench/outage does that); the budgets that bound them are asserted instead.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private TestDatabase database = default!;
    private TcpRelay relay = default!;
    private SeparateApp app = default!;
    private HttpClient signedIn = default!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("outage");
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        relay = new TcpRelay(direct.Host!, direct.Port);
        relay.Start();
        var throughRelay = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = relay.Port };

        app = SeparateApp.Start(throughRelay.ConnectionString);
        signedIn = await app.SignedInClientAsync(AppFixture.Administrator);
    }

    [Fact]
    public async Task The_api_answers_503_with_a_problem_document_and_Retry_After_while_the_database_is_away_and_recovers_after()
    {
        var client = signedIn;
        using (var before = await client.GetAsync(new Uri("api/v1/partnerships", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await relay.StopAsync();
        using (var during = await client.GetAsync(new Uri("api/v1/partnerships", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            var body = await during.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(during.StatusCode == HttpStatusCode.ServiceUnavailable, $"answered {(int)during.StatusCode}: {body}");
            Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
            Assert.True(during.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "Retry-After is missing");
            using var problem = JsonDocument.Parse(body);
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("reference").GetString()));
        }

        relay.Start();
        using var after = await client.GetAsync(new Uri("api/v1/partnerships", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_page_shows_the_friendly_error_with_its_reference_while_the_database_is_away()
    {
        var client = signedIn;
        await relay.StopAsync();

        using var response = await client.GetAsync(new Uri("partnerships", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.Contains("Reference number:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_is_unhealthy_and_liveness_healthy_while_the_database_is_away()
    {
        using var client = app.AnonymousClient();
        using (var ready = await client.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        await relay.StopAsync();

        using (var ready = await client.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        using var live = await client.GetAsync(new Uri("health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
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
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(limits.CommandTimeoutSeconds, db.Database.GetCommandTimeout());
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.Equal(limits.ConnectTimeoutSeconds, connection.Timeout);
        Assert.Equal(limits.CommandTimeoutSeconds, connection.CommandTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        signedIn?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (relay is not null)
        {
            await relay.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await database.DisposeAsync();
    }
}
