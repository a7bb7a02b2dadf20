using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.History.Reading;

namespace MobilityPartnerships.IntegrationTests.History.Reading;

/// <summary>
/// A timeline's read costs what the timeline holds, not what history holds: a record's history names a record removed
/// since by its last recorded name, looked up in that record's own history through the index, not by reading every entry
/// of every record (each view of a partnership page read all 3,070 entries of the demo's history, and would read a
/// million in a year's use).
/// </summary>
public sealed class HistoryCostTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int OtherEntries = 5_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_timeline_naming_a_removed_organisation_reads_its_own_entries_and_the_organisations_not_all_history()
    {
        var scene = await Scene.StoreAsync(fixture);
        var removed = Guid.NewGuid();
        await using (var db = await fixture.CreateContextAsync())
        {
            // An organisation named in the initiative's history, then removed: its name is in its own history only.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO history_entries (change_set_id, occurred_at, user_name, aggregate_type, aggregate_id, record_type, action, field, new_value)
                VALUES (gen_random_uuid(), now() - interval '1 day', 'Someone', 'Organisation', {removed.ToString()}, 'Organisation', 'Added', 'Name', 'Office since closed');
                INSERT INTO history_entries (change_set_id, occurred_at, user_name, aggregate_type, aggregate_id, record_type, action, field, old_value, new_value, value_type)
                VALUES (gen_random_uuid(), now(), 'Someone', 'Initiative', {scene.InitiativeId.ToString()}, 'Initiative', 'Changed', 'LeadOrganisationId', NULL, {removed.ToString()}, 'Organisation');
                """, Ct);
            // Everyone else's history: many entries of other records, named ones among them.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO history_entries (change_set_id, occurred_at, user_name, aggregate_type, aggregate_id, record_type, action, field, new_value)
                SELECT gen_random_uuid(), now() - interval '2 days', 'Someone', 'Organisation', gen_random_uuid()::text, 'Organisation', 'Changed', 'Name', 'Office ' || n
                FROM generate_series(1, {OtherEntries}) AS n;
                ANALYZE history_entries;
                """, Ct);
        }

        var recorder = new StatementRecorder();
        await using var scope = recorder.Serve(fixture.Database.ConnectionString, fixture.Administrator);

        var read = await scope.Get<GetHistory>().ExecuteAsync(nameof(Initiative), scene.InitiativeId, Ct);

        Assert.Contains(read.Events.SelectMany(e => e.Lines), line => line.Contains("Office since closed", StringComparison.Ordinal));
        var statement = Assert.Single(recorder.Statements, s => s.CommandText.Contains("WITH candidates", StringComparison.Ordinal));
        var entriesRead = await StatementRecorder.RowsReadAsync(fixture.Database.ConnectionString, statement, "history_entries", Ct);
        Assert.True(entriesRead < 200, $"The timeline read {entriesRead:N0} history entries of {OtherEntries:N0} others.");
    }
}
