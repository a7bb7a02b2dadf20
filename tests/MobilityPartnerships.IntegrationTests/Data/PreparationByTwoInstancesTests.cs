using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.DemoData;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// Two instances of the app started together on one database: the migrations, reference data and demo data are
/// prepared by one at a time, under an advisory lock, and the second finds the work done.
/// </summary>
public sealed class PreparationByTwoInstancesTests : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync("two_preparations");

    [Fact]
    public async Task An_instance_waits_for_the_preparation_lock_and_prepares_nothing_while_another_holds_it()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var other = new NpgsqlConnection(database.ConnectionString);
        await other.OpenAsync(cancellation);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({DatabasePreparation.PreparationLock})", other))
        {
            await take.ExecuteNonQueryAsync(cancellation);
        }

        await using var instance = Instance();
        var preparing = Preparation(instance).StartAsync(cancellation);

        // Waits for the condition (the instance queued on the lock), not for a time.
        while (await database.ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND locktype = 'advisory' AND NOT granted AND objid::bigint = $1", (long)DatabasePreparation.PreparationLock) == 0)
        {
            Assert.False(preparing.IsCompleted, "The instance prepared the database without waiting for the lock another instance holds.");
            await Task.Delay(50, cancellation);
        }

        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = '__EFMigrationsHistory'"));

        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({DatabasePreparation.PreparationLock})", other))
        {
            await release.ExecuteNonQueryAsync(cancellation);
        }

        await preparing;
        Assert.Equal(DemoAccounts.All.Count, await DemoAccountCountAsync());
    }

    [Fact]
    public async Task Two_instances_starting_at_once_load_the_demo_data_once()
    {
        await using var first = Instance();
        await using var second = Instance();

        await Task.WhenAll(
            Preparation(first).StartAsync(TestContext.Current.CancellationToken),
            Preparation(second).StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(DemoAccounts.All.Count, await DemoAccountCountAsync());
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM (SELECT name FROM partnerships GROUP BY name HAVING count(*) > 1) twice"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND locktype = 'advisory'"));
    }

    private Task<long> DemoAccountCountAsync() =>
        database.ScalarAsync<long>("SELECT count(*) FROM accounts WHERE email = ANY($1)", (object)DemoAccounts.All.Select(a => a.Email).ToArray());

    private static DatabasePreparation Preparation(IServiceProvider instance) =>
        instance.GetServices<IHostedService>().OfType<DatabasePreparation>().Single();

    private ServiceProvider Instance() => AppServices.Build(database.ConnectionString, replace: services =>
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] = database.ConnectionString,
                ["DemoData:Load"] = "true",
            })
            .Build();
        services.RemoveAll<IConfiguration>();
        services.AddSingleton<IConfiguration>(configuration);
    });

    public async ValueTask DisposeAsync() => await database.DisposeAsync();
}
