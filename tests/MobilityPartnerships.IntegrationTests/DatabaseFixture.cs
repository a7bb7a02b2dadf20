using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.IntegrationTests;

/// <summary>
/// A migrated database of its own, with the app's services registered as the app registers them (<see cref="AppServices"/>).
/// Reference data is loaded; demo data only where a test class asks for it. Handlers taken with <see cref="Get{T}"/>
/// act for <see cref="Administrator"/>, an account in the database; <see cref="As"/> gives a scope acting for another.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public TestDatabase Database { get; private set; } = default!;

    public IServiceProvider Services => services ?? throw new InvalidOperationException("The fixture has not started.");

    public const string AdministratorName = "Test administrator";

    public ClaimsPrincipal Administrator { get; private set; } = new();

    protected virtual bool LoadDemoData => false;

    /// <summary>Configuration beside the database's connection string (a standby's, say), read as the app reads it.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>A service a fixture puts in the app's place, or configures beside it; none by default.</summary>
    protected virtual Action<IServiceCollection>? Replace => null;

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(GetType().Name);
        // The app's own registration, and so its own "who is acting" (CurrentUser), told below whom to act for:
        // handlers that open a scope of their own pass it on.
        services = AppServices.Build(Database.ConnectionString, replace: Replace, settings: Settings);

        // The root's user stands for what the tests do by default: an administrator with an account.
        var administratorId = Guid.CreateVersion7();
        Administrator = AccountClaims.Principal(administratorId, AdministratorName, Role.Administrator, null, null, [], DateTimeOffset.UtcNow);
        Services.GetRequiredService<CurrentUser>().ActAs(Administrator);

        await using var db = await CreateContextAsync();
        await db.Database.MigrateAsync();
        db.Users.Add(new Account { Id = administratorId, UserName = "administrator@test.example", NormalizedUserName = "ADMINISTRATOR@TEST.EXAMPLE", DisplayName = AdministratorName, Role = Role.Administrator, SecurityStamp = "test", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        await Services.GetRequiredService<ReferenceDataLoader>().LoadAsync(CancellationToken.None);
        if (LoadDemoData)
        {
            await Services.GetRequiredService<Web.DemoData.DemoDataLoader>().LoadAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// A context for the tests' own arranging and checking, with <see cref="ArrangingCommandTimeout"/> rather than a
    /// page's budget of a few seconds: a batch of hundreds of rows on a loaded CI machine may take longer, and that is
    /// not what any test measures. What the app does goes through its handlers (<see cref="Get{T}"/>, <see cref="As"/>),
    /// with the app's own budget. The context is pooled: the budget goes back to the app's when it is disposed.
    /// </summary>
    public async Task<AppDbContext> CreateContextAsync()
    {
        var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Database.SetCommandTimeout(ArrangingCommandTimeout);
        return db;
    }

    /// <summary>How long one command of a test's own arranging may take (<see cref="CreateContextAsync"/>).</summary>
    public static readonly TimeSpan ArrangingCommandTimeout = TimeSpan.FromMinutes(2);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A scope whose handlers act for <paramref name="principal"/>; dispose it after use.</summary>
    public AsyncServiceScope As(ClaimsPrincipal principal)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(principal);
        return scope;
    }

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
