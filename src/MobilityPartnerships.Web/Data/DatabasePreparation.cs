using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Before the app takes requests: applies the migrations, loads the reference data and, where configured,
/// the demo data. A hosted service, so that every host of the app (the run command, the container, the
/// test server) prepares its database the same way. Instances started together on one database prepare it one after
/// the other, under a PostgreSQL advisory lock: the next one finds the work done.
/// </summary>
internal sealed class DatabasePreparation(IServiceProvider services, IConfiguration configuration, TimeProvider clock) : IHostedService
{
    /// <summary>The advisory lock's key: "prep" in ASCII, the same for every instance on the database.</summary>
    public const long PreparationLock = 0x70726570;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DatabasePreparationScope>().IsPreparing = true;
        scope.ServiceProvider.GetService<CurrentUser>()?.ActAs(SystemActor.Principal(SystemActor.ReferenceAndDemoData, clock));

        // Held on a connection of its own for the whole preparation; a crashed instance's lock ends with its connection.
        // A database not created yet cannot hold it: the first start of all is then on its own (scripts create it first).
        await using var lockHolder = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        var locked = await lockHolder.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
        if (locked)
        {
            await lockHolder.Database.OpenConnectionAsync(cancellationToken);
            await lockHolder.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PreparationLock})", cancellationToken);
        }

        try
        {
            await PrepareAsync(scope, cancellationToken);
        }
        finally
        {
            if (locked)
            {
                // Released at once: a pooled connection would otherwise keep the lock until it is next used.
                await lockHolder.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PreparationLock})", CancellationToken.None);
            }
        }
    }

    private async Task PrepareAsync(AsyncServiceScope scope, CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", defaultValue: true))
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken);

            // Migrate reads the history table before it creates it, which logs a failed command on an empty database.
            if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            {
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync(cancellationToken);
        if (configuration.GetValue("DemoData:Load", defaultValue: false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData.DemoDataLoader>().LoadAsync(cancellationToken);
            var accounts = scope.ServiceProvider.GetRequiredService<DemoData.DemoAccounts>();
            await accounts.LoadAsync(cancellationToken);
            PrintDemoSignIns(accounts.Password);
        }
    }

    // On the console only, not in the log: the demo sign-ins are for the person who started the app.
    private static void PrintDemoSignIns(string password)
    {
        Console.WriteLine();
        Console.WriteLine($"Demo sign-ins (password for each: {password}):");
        foreach (var account in DemoData.DemoAccounts.All)
        {
            Console.WriteLine($"  {account.Email,-45} {account.Name}");
        }

        Console.WriteLine();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Marks the scope in which the database is prepared at start-up, whose commands may run longer than a page's.</summary>
internal sealed class DatabasePreparationScope
{
    public bool IsPreparing { get; set; }
}
