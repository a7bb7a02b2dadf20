using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards;

/// <summary>
/// Published versions stay frozen while amounts learn to stay unknown: a version published before reads as it was
/// published (its stored 0s), a version published after keeps an amount not known as not known, and the triggers that
/// refuse any change to a published row are on throughout.
/// </summary>
public sealed class PublishedAmountsTests
{
    private const string KeepUnknown = "PublishedAmountsKeepWhatIsNotKnown";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_version_published_before_reads_as_published_and_a_new_one_keeps_unknown_amounts_unknown()
    {
        await using var database = await TestDatabase.CreateAsync(nameof(PublishedAmountsTests));
        await using var services = AppServices.Build(database.ConnectionString);
        var partnershipId = Guid.NewGuid();
        var oldVersionId = Guid.NewGuid();
        var noLine = Guid.NewGuid();

        // The schema as it was before, and a version published then: its initiative without a funding line stored as 0.
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith(KeepUnknown, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before, Ct);
        }

        await database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
            VALUES ($1, 'Partnership of two versions', 'MobilityPartnership', 'InImplementation', DATE '2012-01-01', '{}')
            """, partnershipId);
        await database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, title, pillar, status, novelty, is_shareable, is_archived)
            VALUES ($2, $1, 'No funding line yet', 'LegalMigration', 'Planned', 'New', true, false)
            """, partnershipId, noLine);
        await database.ExecuteAsync("""
            INSERT INTO published_scoreboards (id, partnership_id, number, partnership_name, published_at, published_by)
            VALUES ($2, $1, 1, 'Partnership of two versions', now(), 'Focal point')
            """, partnershipId, oldVersionId);
        await database.ExecuteAsync("""
            INSERT INTO published_initiatives (published_scoreboard_id, initiative_id, title, pillar, thematic_areas, partners, status, novelty, is_shareable, funding_lines, total_budget, eu_contribution)
            VALUES ($1, $2, 'No funding line yet', 'LegalMigration', '{}', '{}', 'Planned', 'New', true, '{}', 0, 0)
            """, oldVersionId, noLine);

        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.Database.MigrateAsync(Ct);
        }

        Assert.Equal("O", await database.ScalarAsync<string>("SELECT tgenabled::text FROM pg_trigger WHERE tgname = 'trg_published_initiatives_immutable'"));
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            var old = await db.PublishedScoreboards.AsNoTracking().SingleAsync(v => v.Id == oldVersionId, Ct);
            Assert.Equal(Amount.Exact(0m), Assert.Single(old.Initiatives).TotalBudget);
            Assert.Equal(Amount.Exact(0m), old.TotalBudget);

            // Published today, the same initiative keeps its amount not known.
            var rows = await ScoreboardSnapshot.TakeAsync(db, partnershipId, Ct);
            db.PublishedScoreboards.Add(PublishedScoreboard.Publish(partnershipId, "Partnership of two versions", 2, DateTimeOffset.UtcNow, "Focal point", null, null, rows));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            var versions = await db.PublishedScoreboards.AsNoTracking().Where(v => v.PartnershipId == partnershipId).OrderBy(v => v.Number).ToListAsync(Ct);
            Assert.Equal(Amount.Exact(0m), versions[0].TotalBudget);
            Assert.True(Assert.Single(versions[1].Initiatives).TotalBudget.IsNotKnown);
            Assert.True(versions[1].TotalBudget.IsNotKnown);
            Assert.Equal(1, versions[1].TotalBudget.Unknown);

            // Their comparison says what each version showed: € 0.00 then, not known now.
            var change = Assert.Single(Assert.Single(ScoreboardComparison.Between(versions[0].Initiatives, versions[1].Initiatives, InitiativeFields.ComparedReaders).Changed).Changes, c => c.Field == ComparedField.TotalBudget);
            Assert.Equal((Amount.Exact(0m), Amount.NotKnown), (change.Before, change.After));
        }

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM published_initiatives WHERE total_budget IS NULL AND total_budget_unknown = 1"));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync("UPDATE published_initiatives SET total_budget = NULL WHERE published_scoreboard_id = $1", oldVersionId));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(0m, await database.ScalarAsync<decimal>("SELECT total_budget FROM published_initiatives WHERE published_scoreboard_id = $1", oldVersionId));
    }
}
