using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Features.History.Reading;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.History;

public sealed class HistoryTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task One_changed_field_writes_one_history_entry_with_user_and_values()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await CountAsync(scene.InitiativeId);

        await using (var db = await fixture.CreateContextAsync())
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, TestContext.Current.CancellationToken);
            initiative.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = await fixture.CreateContextAsync();
        var entry = Assert.Single(await check.History.Where(h => h.AggregateId == scene.InitiativeId.ToString()).OrderBy(h => h.Id).Skip((int)before).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("Initiative", "Status", "Planned", "Ongoing", HistoryAction.Changed), (entry.RecordType, entry.Field, entry.OldValue, entry.NewValue, entry.Action));
        Assert.Equal(DatabaseFixture.AdministratorName, entry.UserName);
    }

    [Fact]
    public async Task A_changed_priority_or_commitment_reads_with_its_label_and_the_commitments_text()
    {
        var scene = await Scene.StoreAsync(fixture);
        var linked = await PrioritiesAndCommitments.StoreAsync(fixture, scene.PartnershipId, scene.InitiativeId);

        var events = await fixture.Get<GetHistory>().ExecuteAsync(nameof(Initiative), scene.InitiativeId, TestContext.Current.CancellationToken);

        var lines = events.Events.SelectMany(e => e.Lines).ToList();
        Assert.Contains($"Partner-country priority: none → {linked.Priority}", lines);
        Assert.Contains($"Commitment carried out: none → {linked.Commitment}", lines);
    }

    [Fact]
    public async Task A_changed_funding_line_is_recorded_against_its_initiative()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await CountAsync(scene.InitiativeId);

        await using (var db = await fixture.CreateContextAsync())
        {
            var line = await db.FundingLines.SingleAsync(f => f.Id == scene.FundingLineId, TestContext.Current.CancellationToken);
            db.Entry(line).Property(f => f.TotalBudget).CurrentValue = 1200.50m;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = await fixture.CreateContextAsync();
        var entry = Assert.Single(await check.History.Where(h => h.AggregateId == scene.InitiativeId.ToString()).OrderBy(h => h.Id).Skip((int)before).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("FundingLine", "TotalBudget", "1000.00", "1200.50"), (entry.RecordType, entry.Field, entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task A_failed_save_leaves_no_history()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await CountAsync(scene.InitiativeId);

        await using (var db = await fixture.CreateContextAsync())
        {
            var line = await db.FundingLines.SingleAsync(f => f.Id == scene.FundingLineId, TestContext.Current.CancellationToken);
            db.Entry(line).Property(f => f.EuContribution).CurrentValue = 5000m;
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(before, await CountAsync(scene.InitiativeId));
    }

    [Theory]
    [InlineData("UPDATE history_entries SET new_value = 'rewritten'")]
    [InlineData("DELETE FROM history_entries")]
    [InlineData("TRUNCATE history_entries")]
    public async Task History_cannot_be_rewritten_or_erased_in_SQL(string sql)
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries");

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal(before, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries"));
        Assert.True(await CountAsync(scene.InitiativeId) > 0);
    }

    private Task<long> CountAsync(Guid aggregateId) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries WHERE aggregate_id = $1", aggregateId.ToString());
}
