using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.IntegrationTests.History;

/// <summary>The whole initiative is the unit of conflict: a change to any part of it refuses a save based on the version before it.</summary>
public sealed class ConcurrencyTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_when_another_user_changed_only_a_funding_line()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using var first = await fixture.CreateContextAsync();
        await using var second = await fixture.CreateContextAsync();
        var mine = await first.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, TestContext.Current.CancellationToken);
        var theirs = await second.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, TestContext.Current.CancellationToken);

        second.Entry(theirs.FundingLines[0]).Property(f => f.TotalBudget).CurrentValue = 2000m;
        await second.SaveChangesAsync(TestContext.Current.CancellationToken);
        mine.Describe("Renamed pilot", null, null);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Labour migration pilot", await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));
        Assert.Equal(2000m, await fixture.Database.ScalarAsync<decimal>("SELECT total_budget FROM funding_lines WHERE id = $1", scene.FundingLineId));
    }

    [Fact]
    public async Task A_save_based_on_the_current_version_goes_through()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, TestContext.Current.CancellationToken);
        var version = initiative.Version;

        initiative.ChangeStatus(InitiativeStatus.Completed, latestUpdate: null);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(version, initiative.Version);
        Assert.Equal("Completed", await fixture.Database.ScalarAsync<string>("SELECT status FROM initiatives WHERE id = $1", scene.InitiativeId));
    }
}
