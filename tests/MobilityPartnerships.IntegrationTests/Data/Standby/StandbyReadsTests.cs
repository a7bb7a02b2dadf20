using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Initiatives.Archiving;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Data.Standby;

/// <summary>
/// Reads that may lag go to a real standby; a user who has just written reads from the primary until the standby has
/// replayed their write, others read the standby meanwhile; a stopped standby leaves every read to the primary, without
/// an error. The standby's replay is paused where a test needs it behind, so no test depends on timing.
/// </summary>
public sealed class StandbyReadsTests(StandbyFixture fixture) : IClassFixture<StandbyFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_scoreboard_read_goes_to_the_standby()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var scene = await Scene.StoreAsync(fixture);
        var reader = await TestAccounts.CreateAsync(fixture, "Reader", Role.Administrator);
        await fixture.CaughtUpAsync();

        await using var scope = fixture.As(reader);
        Assert.True(await InRecoveryAsync(scope.ServiceProvider));
        var read = await scope.ServiceProvider.GetRequiredService<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token);
        Assert.Equal(scene.InitiativeId, Assert.Single(read.Rows).Id);
    }

    [Fact]
    public async Task After_a_write_its_user_reads_the_primary_until_the_standby_replayed_it_and_others_read_the_standby()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var scene = await Scene.StoreAsync(fixture);
        var writer = await TestAccounts.CreateAsync(fixture, "Writer", Role.Administrator);
        var other = await TestAccounts.CreateAsync(fixture, "Other", Role.Administrator);
        await fixture.CaughtUpAsync();

        await fixture.PauseReplayAsync();
        try
        {
            await using (var writing = fixture.As(writer))
            {
                Assert.IsType<WriteOutcome.Done>(await writing.ServiceProvider.GetRequiredService<ArchiveInitiative>().ArchiveAsync(scene.InitiativeId, true, Token));
            }

            // The writer sees their write at once, from the primary; the other user still reads the standby, which has not replayed it.
            Assert.Empty(await RowsAsync(writer, scene));
            Assert.False(await InRecoveryAsync(writer));
            Assert.Single(await RowsAsync(other, scene));
            Assert.True(await InRecoveryAsync(other));
        }
        finally
        {
            await fixture.ResumeReplayAsync();
        }

        // Once the standby has replayed the write, the writer's reads go back to it, and everyone reads the write there.
        await fixture.CaughtUpAsync();
        Assert.True(await InRecoveryAsync(writer));
        Assert.Empty(await RowsAsync(writer, scene));
        Assert.Empty(await RowsAsync(other, scene));
    }

    [Fact]
    public async Task After_a_write_through_one_instance_its_user_reads_the_primary_on_another_once_that_one_checked_their_session()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var scene = await Scene.StoreAsync(fixture);
        var writer = await SignedInAsync(await TestAccounts.CreateAsync(fixture, "Writer", Role.Administrator));
        await fixture.CaughtUpAsync();

        // Another instance: services of their own on the same primary and standby, knowing nothing of this one's writes.
        await using var other = fixture.OwnServices();
        Assert.True(await InRecoveryAsync(other, writer));

        await fixture.PauseReplayAsync();
        try
        {
            await using (var writing = fixture.As(writer))
            {
                Assert.IsType<WriteOutcome.Done>(await writing.ServiceProvider.GetRequiredService<ArchiveInitiative>().ArchiveAsync(scene.InitiativeId, true, Token));
            }

            // The next request of the writer reaching the other instance checks their session, as every request does; from
            // then on their lagging reads there go to the primary and show the write the standby has not replayed.
            await using (var request = other.CreateAsyncScope())
            {
                Assert.True(await request.ServiceProvider.GetRequiredService<Sessions>().IsOpenAsync(writer, Token));
                request.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(writer);
                Assert.False(await InRecoveryAsync(request.ServiceProvider));
                var read = await request.ServiceProvider.GetRequiredService<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token);
                Assert.Empty(read.Rows);
            }
        }
        finally
        {
            await fixture.ResumeReplayAsync();
        }

        // Replayed: the other instance sends the writer's reads to the standby again.
        await fixture.CaughtUpAsync();
        Assert.True(await InRecoveryAsync(other, writer));
    }

    /// <summary>The principal with a session of its own, as signing in gives it (the session's id and the account's stamp).</summary>
    private async Task<ClaimsPrincipal> SignedInAsync(ClaimsPrincipal user)
    {
        var id = AccountClaims.UserIdOf(user)!.Value;
        await using var scope = fixture.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<Sessions>().StartAsync(id, Token);
        await using var db = await fixture.CreateContextAsync();
        var stamp = await db.Users.Where(a => a.Id == id).Select(a => a.SecurityStamp).SingleAsync(Token);
        var identity = (ClaimsIdentity)user.Identity!;
        identity.AddClaim(new Claim(AccountClaims.Session, session.ToString()));
        identity.AddClaim(new Claim(scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType, stamp!));
        return user;
    }

    [Fact]
    public async Task With_the_standby_stopped_reads_go_to_the_primary_without_an_error()
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var scene = await Scene.StoreAsync(fixture);
        var reader = await TestAccounts.CreateAsync(fixture, "Reader", Role.Administrator);
        await fixture.CaughtUpAsync();

        // Services of their own, so that the standby they find down is not the other tests' concern.
        await using var services = fixture.OwnServices();
        Assert.True(await InRecoveryAsync(services, reader));
        await fixture.StopStandbyAsync();
        try
        {
            // The connection read with just above waits in the pool, closed by the standby: it is not what answers.
            Assert.False(await InRecoveryAsync(services, reader));
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(reader);
            var read = await scope.ServiceProvider.GetRequiredService<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token);
            Assert.Equal(scene.InitiativeId, Assert.Single(read.Rows).Id);
            Assert.True(services.GetRequiredService<StandbyState>().IsDown);
        }
        finally
        {
            await fixture.StartStandbyAsync();
        }
    }

    private async Task<IReadOnlyList<ScoreboardRow>> RowsAsync(ClaimsPrincipal user, Scene scene)
    {
        await using var scope = fixture.As(user);
        return (await scope.ServiceProvider.GetRequiredService<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = scene.PartnershipId }, Token)).Rows;
    }

    private async Task<bool> InRecoveryAsync(ClaimsPrincipal user)
    {
        await using var scope = fixture.As(user);
        return await InRecoveryAsync(scope.ServiceProvider);
    }

    private static async Task<bool> InRecoveryAsync(ServiceProvider services, ClaimsPrincipal user)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user);
        return await InRecoveryAsync(scope.ServiceProvider);
    }

    /// <summary>Whether the context lagging reads are given is on a server in recovery (the standby).</summary>
    private static async Task<bool> InRecoveryAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<LaggingReads>().CreateDbContextAsync(Token);
        return await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync(Token);
    }
}
