using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Accounts;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// The app's contexts come from a pool (building one cost more CPU per page than most statements): a context handed
/// back is handed out again, acting for the new scope's user, on the primary, with the default command budget.
/// </summary>
public sealed class PooledContextsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;

    private const int Turns = 12;

    [Fact]
    public async Task Contexts_handed_out_in_turn_are_built_once_and_reused()
    {
        var built = new HashSet<Guid>();
        await using var scope = fixture.As(fixture.Administrator);
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        for (var turn = 0; turn < Turns; turn++)
        {
            await using var db = await contexts.CreateDbContextAsync(Cancel);
            built.Add(db.ContextId.InstanceId);
        }

        // A few at most: the pool may hold some from the fixture's start; without a pool each turn built its own.
        Assert.InRange(built.Count, 1, 4);
    }

    [Fact]
    public async Task A_context_handed_back_is_handed_out_again_acting_for_the_next_scope_s_user()
    {
        var someone = AccountClaims.Principal(Guid.NewGuid(), "Someone", Role.FocalPoint, null, null, [], DateTimeOffset.UtcNow);
        var first = await HandOutInTurnAsync(fixture.As(fixture.Administrator), async db =>
            Assert.Equal(AccountClaims.UserIdOf(fixture.Administrator), AccountClaims.UserIdOf(await db.CurrentUser.PrincipalAsync(Cancel))));

        var then = await HandOutInTurnAsync(fixture.As(someone), async db =>
            Assert.Equal(AccountClaims.UserIdOf(someone), AccountClaims.UserIdOf(await db.CurrentUser.PrincipalAsync(Cancel))));

        Assert.NotEmpty(first.Intersect(then));
    }

    [Fact]
    public async Task A_context_at_rest_in_the_pool_acts_for_nobody()
    {
        await using var scope = fixture.As(fixture.Administrator);
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        await db.DisposeAsync();

        Assert.False((await db.CurrentUser.PrincipalAsync(Cancel)).Identity?.IsAuthenticated ?? false);
    }

    [Fact]
    public void Preparing_the_database_waits_longer_for_a_connection_than_a_page_does()
    {
        // A busy server may take over a second to accept a connection; the app should not stop at start-up for it.
        var connections = fixture.Get<DatabaseConnections>();
        var limits = fixture.Get<IOptions<DatabaseOptions>>().Value;

        Assert.Equal(limits.ConnectTimeoutSeconds, new NpgsqlConnectionStringBuilder(connections.Primary).Timeout);
        Assert.Equal(limits.PreparationConnectTimeoutSeconds, new NpgsqlConnectionStringBuilder(connections.Preparing).Timeout);
        Assert.True(limits.PreparationConnectTimeoutSeconds >= 10 * limits.ConnectTimeoutSeconds, $"{limits.PreparationConnectTimeoutSeconds} s to connect at start-up");
    }

    [Fact]
    public async Task A_context_pointed_elsewhere_comes_back_on_the_primary_with_the_default_budget()
    {
        var primary = fixture.Get<DatabaseConnections>().Primary;
        var budget = fixture.Get<IOptions<DatabaseOptions>>().Value.CommandTimeoutSeconds;
        var pointed = await HandOutInTurnAsync(fixture.As(fixture.Administrator), db =>
        {
            // As the standby's reads do (Data/Standby/LaggingReads).
            db.Database.SetConnectionString(new NpgsqlConnectionStringBuilder(primary) { ApplicationName = "elsewhere" }.ConnectionString);
            db.Database.SetCommandTimeout(budget + 97);
            return Task.CompletedTask;
        });

        var again = await HandOutInTurnAsync(fixture.As(fixture.Administrator), async db =>
        {
            Assert.Equal(primary, db.Database.GetConnectionString());
            Assert.Equal(budget, db.Database.GetCommandTimeout());
            Assert.True(await db.Organisations.AnyAsync(Cancel));
        });

        Assert.NotEmpty(pointed.Intersect(again));
    }

    [Fact]
    public async Task A_test_s_arranging_context_waits_longer_than_a_page_and_gives_the_app_its_own_budget_back()
    {
        // A fixture's batch of hundreds of rows on a loaded CI machine once outlasted the page's budget of 3 s.
        var budget = fixture.Get<IOptions<DatabaseOptions>>().Value.CommandTimeoutSeconds;
        var arranging = new HashSet<Guid>();
        for (var turn = 0; turn < Turns; turn++)
        {
            await using var db = await fixture.CreateContextAsync();
            arranging.Add(db.ContextId.InstanceId);
            Assert.Equal((int)DatabaseFixture.ArrangingCommandTimeout.TotalSeconds, db.Database.GetCommandTimeout());
            Assert.True(DatabaseFixture.ArrangingCommandTimeout.TotalSeconds > budget);
        }

        var app = await HandOutInTurnAsync(fixture.As(fixture.Administrator), db =>
        {
            Assert.Equal(budget, db.Database.GetCommandTimeout());
            return Task.CompletedTask;
        });

        Assert.NotEmpty(arranging.Intersect(app));
    }

    /// <summary>Hands out contexts one after the other in the scope, each given back before the next; their instances.</summary>
    private static async Task<HashSet<Guid>> HandOutInTurnAsync(AsyncServiceScope scope, Func<AppDbContext, Task> use)
    {
        var instances = new HashSet<Guid>();
        await using (scope)
        {
            var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            for (var turn = 0; turn < Turns; turn++)
            {
                await using var db = await contexts.CreateDbContextAsync(Cancel);
                instances.Add(db.ContextId.InstanceId);
                await use(db);
            }
        }

        return instances;
    }
}
