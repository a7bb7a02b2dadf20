using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.IntegrationTests.History;

/// <summary>
/// A save of many records (an import) writes its history in bulk, by binary COPY inside the save's transaction:
/// the same entries as one by one, none left when the transaction is rolled back, and no INSERT per entry.
/// </summary>
public sealed class BulkHistoryTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Initiatives = 60;

    [Fact]
    public async Task Many_entries_in_a_transaction_are_copied_in_bulk_and_read_as_entries_written_one_by_one()
    {
        var scene = await Scene.StoreAsync(fixture);
        var bulkIds = await AddInitiativesAsync(scene, inTransaction: true, commit: true);
        var singleIds = await AddInitiativesAsync(scene, inTransaction: false, commit: true);

        var bulk = await EntriesAsync(bulkIds);
        var single = await EntriesAsync(singleIds);
        Assert.True(bulk.Count > 200, $"Only {bulk.Count} entries: the bulk path was not taken.");
        Assert.Equal(single.Count, bulk.Count);
        Assert.Equal(Shape(single), Shape(bulk));
        Assert.All(bulk, e => Assert.Equal(DatabaseFixture.AdministratorName, e.UserName));
        Assert.Single(bulk.Select(e => e.ChangeSetId).Distinct());
    }

    [Fact]
    public async Task A_bulk_save_writes_no_insert_per_entry()
    {
        var scene = await Scene.StoreAsync(fixture);
        var counter = new HistoryInsertCounter();
        await using var db = await fixture.CreateContextAsync();
        await using var counted = new AppDbContext(Options(db, counter)) { CurrentUser = db.CurrentUser };
        await counted.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await counted.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            counted.Initiatives.AddRange(Propose(await counted.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, TestContext.Current.CancellationToken)));
            await counted.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        });

        Assert.Equal(0, counter.Inserts);
        Assert.True(counter.Commands > 0, "The counter saw no command at all.");
    }

    [Fact]
    public async Task A_rolled_back_bulk_save_leaves_no_history()
    {
        var scene = await Scene.StoreAsync(fixture);
        var ids = await AddInitiativesAsync(scene, inTransaction: true, commit: false);

        Assert.Empty(await EntriesAsync(ids));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE id = ANY($1)", ids.ToArray()));
    }

    private async Task<List<Guid>> AddInitiativesAsync(Scene scene, bool inTransaction, bool commit)
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = await fixture.CreateContextAsync();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = inTransaction ? await db.Database.BeginTransactionAsync(token) : null;
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, token);
            var initiatives = Propose(partnership);
            db.Initiatives.AddRange(initiatives);
            await db.SaveChangesAsync(token);
            if (transaction is not null && commit)
            {
                await transaction.CommitAsync(token);
            }

            return initiatives.Select(i => i.Id).ToList();
        });
    }

    private static List<Initiative> Propose(Partnership partnership) =>
        [.. Enumerable.Range(1, Initiatives).Select(n =>
        {
            var initiative = Initiative.Propose(partnership, $"Seasonal work scheme {n}", Pillar.LegalMigration, InitiativeStatus.Planned);
            initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2011, 1, 1), new DateOnly(2012, 6, 1), null), []);
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic programme", null, 1000m + n, null));
            return initiative;
        })];

    private async Task<List<Web.Data.History.HistoryEntry>> EntriesAsync(IReadOnlyCollection<Guid> initiativeIds)
    {
        var ids = initiativeIds.Select(id => id.ToString()).ToList();
        await using var db = await fixture.CreateContextAsync();
        return await db.History.AsNoTracking().Where(h => ids.Contains(h.AggregateId)).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>What an entry says, without the ids and times that differ between two saves.</summary>
    private static List<string> Shape(IEnumerable<Web.Data.History.HistoryEntry> entries) =>
        [.. entries.Select(e => $"{e.AggregateType}|{e.RecordType}|{e.Action}|{e.Field}|{(e.Field is "Title" or "TotalBudget" ? "v" : e.NewValue)}|{e.OldValue}|{e.RecordId is null}").Order(StringComparer.Ordinal)];

    private static DbContextOptions<AppDbContext> Options(AppDbContext like, HistoryInsertCounter counter)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>(
            (DbContextOptions<AppDbContext>)like.GetService<IDbContextOptions>());
        return builder.AddInterceptors(counter).Options;
    }

    private sealed class HistoryInsertCounter : DbCommandInterceptor
    {
        public int Inserts { get; private set; }

        public int Commands { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands++;
            if (command.CommandText.Contains("INSERT INTO history_entries", StringComparison.Ordinal))
            {
                Inserts++;
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
