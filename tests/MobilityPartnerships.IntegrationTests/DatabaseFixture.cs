using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>
/// A migrated database of its own, with the app's data services wired as the app wires them.
/// Reference data is loaded; demo data only where a test class asks for it.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public TestDatabase Database { get; private set; } = default!;

    public IServiceProvider Services => services ?? throw new InvalidOperationException("The fixture has not started.");

    protected virtual bool LoadDemoData => false;

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(GetType().Name);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = Database.ConnectionString })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddDatabase(configuration);
        collection.AddFeatures();
        services = collection.BuildServiceProvider();

        await using var db = await CreateContextAsync();
        await db.Database.MigrateAsync();
        await Services.GetRequiredService<ReferenceDataLoader>().LoadAsync(CancellationToken.None);
        if (LoadDemoData)
        {
            await Services.GetRequiredService<Web.Data.DemoData.DemoDataLoader>().LoadAsync(CancellationToken.None);
        }
    }

    public Task<AppDbContext> CreateContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class DemoDatabaseFixture : DatabaseFixture
{
    protected override bool LoadDemoData => true;
}
