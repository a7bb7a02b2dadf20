using Microsoft.EntityFrameworkCore;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Before the app takes requests: applies the migrations, loads the reference data and, where configured,
/// the demo data. A hosted service, so that every host of the app (the run command, the container, the
/// test server) prepares its database the same way.
/// </summary>
internal sealed class DatabasePreparation(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStartup", defaultValue: true))
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync(cancellationToken);
        if (configuration.GetValue("DemoData:Load", defaultValue: false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData.DemoDataLoader>().LoadAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
