using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Writing;

/// <summary>
/// The write path tells a database that cannot take a write from a mistake in the code: the first is a failure with
/// a reference number for the user, the second reaches the error page as the bug it is and writes nothing.
/// </summary>
public sealed class WritesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bug_in_applying_a_write_is_not_told_as_a_failed_save_but_propagates_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);

        var bug = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Get<Writes>().RunAsync(
            new Write<Initiative>
            {
                What = "rename initiative",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.EditInitiative, scene.InitiativeId, ct),
                Load = (db, ct) => db.Initiatives.SingleOrDefaultAsync(i => i.Id == scene.InitiativeId, ct),
                Apply = (change, _) =>
                {
                    change.Target.Describe("Renamed before the bug", change.Target.Summary, change.Target.ReferenceCode);
                    throw new InvalidOperationException("A mistake in the code.");
                },
            },
            Token));

        Assert.Equal("A mistake in the code.", bug.Message);
        Assert.Equal("Labour migration pilot", await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_a_failed_write_with_a_reference_number()
    {
        var missing = new NpgsqlConnectionStringBuilder(fixture.Database.ConnectionString) { Database = "no_such_database_" + Guid.NewGuid().ToString("N") };
        await using var provider = AppServices.Build(
            missing.ConnectionString,
            user: _ => new TestUser { Principal = AccountClaims.Principal(Guid.NewGuid(), "Someone", Role.Administrator, null, null, [], DateTimeOffset.UtcNow) });
        await using var scope = provider.CreateAsyncScope();
        var initiativeId = Guid.NewGuid();

        var outcome = await scope.ServiceProvider.GetRequiredService<Writes>().RunAsync(
            new Write<Initiative>
            {
                What = "archive initiative",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.ArchiveInitiative, initiativeId, ct),
                Load = (db, ct) => db.Initiatives.SingleOrDefaultAsync(i => i.Id == initiativeId, ct),
                Apply = (change, _) =>
                {
                    change.Target.Archive();
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
            },
            Token);

        Assert.Matches("^MP-[A-Z2-9]{8}$", Assert.IsType<WriteOutcome.Failed>(outcome).Reference);
    }
}
