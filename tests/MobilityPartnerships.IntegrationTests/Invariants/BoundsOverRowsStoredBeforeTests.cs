using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>
/// The bounds' checks are added NOT VALID (decision 0002): a database that already holds a row outside them, such as
/// an indicator dated year 0001 before the domain bounded its dates, migrates; the row stays as it was, and is checked
/// again as soon as it changes. So with a meeting stored beyond its minutes' bounds before they were bounded
/// (migration MeetingMinutesBounded): it migrates, kept whole, and is refused a change or a corrigendum until put right.
/// </summary>
public sealed class BoundsOverRowsStoredBeforeTests
{
    private const string Bounds = "DatesWithinTheProductsYears";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_database_holding_rows_outside_the_bounds_migrates_and_checks_them_when_they_change()
    {
        await using var database = await TestDatabase.CreateAsync(nameof(BoundsOverRowsStoredBeforeTests));
        await using var services = AppServices.Build(database.ConnectionString);
        var partnershipId = Guid.NewGuid();
        var initiativeId = Guid.NewGuid();
        var indicatorId = Guid.NewGuid();

        // The schema as it was before, and rows it took then: an initiative running from year 1, an indicator dated year 1.
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith(Bounds, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before, Ct);
        }

        await database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, priorities)
            VALUES ($1, 'Partnership of old rows', 'MobilityPartnership', 'Negotiation', '{}')
            """, partnershipId);
        await database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, title, pillar, status, novelty, is_shareable, is_archived, period_start_month)
            VALUES ($2, $1, 'Old initiative', 'LegalMigration', 'Planned', 'New', true, false, DATE '0001-01-01')
            """, partnershipId, initiativeId);
        await database.ExecuteAsync("""
            INSERT INTO initiative_indicators (id, initiative_id, name, baseline_date)
            VALUES ($2, $1, 'Old indicator', DATE '0001-01-01')
            """, initiativeId, indicatorId);

        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.Database.MigrateAsync(Ct);
        }

        Assert.Equal(new DateOnly(1, 1, 1), await database.ScalarAsync<DateOnly>("SELECT baseline_date FROM initiative_indicators WHERE id = $1", indicatorId));
        Assert.Equal(new DateOnly(1, 1, 1), await database.ScalarAsync<DateOnly>("SELECT period_start_month FROM initiatives WHERE id = $1", initiativeId));

        // Changed, the old row is checked whole: renaming the indicator is refused until its date is put right.
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync("UPDATE initiative_indicators SET name = 'Renamed' WHERE id = $1", indicatorId));
        Assert.Equal("ck_initiative_indicators_baseline_date_in_range", refusal.ConstraintName);
        Assert.Equal(1, await database.ExecuteAsync("UPDATE initiative_indicators SET name = 'Renamed', baseline_date = DATE '2010-01-01' WHERE id = $1", indicatorId));
    }

    [Fact]
    public async Task A_meeting_stored_beyond_its_minutes_bounds_migrates_kept_whole_and_is_checked_when_it_changes()
    {
        await using var database = await TestDatabase.CreateAsync(nameof(BoundsOverRowsStoredBeforeTests));
        await using var services = AppServices.Build(database.ConnectionString);
        var partnershipId = Guid.NewGuid();
        var meetingId = Guid.NewGuid();
        var tooMany = Meeting.MaxDecisions + 50;

        await MigrateToJustBeforeAsync(services, "MeetingMinutesBounded");

        // Rows the app took before commit a0da3e6 bounded them: 150 decisions, 25 corrigenda.
        await database.ExecuteAsync("""
            INSERT INTO partnerships (id, name, kind, status, priorities)
            VALUES ($1, 'Partnership of old rows', 'MobilityPartnership', 'Negotiation', '{}')
            """, partnershipId);
        await database.ExecuteAsync(
            "INSERT INTO meetings (id, partnership_id, kind, title, held_on, place, is_online, decisions) VALUES ($2, $1, 'TaskForce', 'Old meeting', DATE '2012-03-01', 'Brussels', false, array_fill('Decision'::text, ARRAY[$3]))",
            partnershipId, meetingId, tooMany);
        await database.ExecuteAsync(
            "INSERT INTO meeting_corrigenda (meeting_id, text, issued_by, issued_at) SELECT $1, 'Corrigendum ' || n, 'Focal point', now() FROM generate_series(1, $2) AS n",
            meetingId, Meeting.MaxCorrigenda + 5);

        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.Database.MigrateAsync(Ct);
        }

        // Kept whole: nothing trimmed.
        Assert.Equal(tooMany, await database.ScalarAsync<int>("SELECT cardinality(decisions) FROM meetings WHERE id = $1", meetingId));
        Assert.Equal(Meeting.MaxCorrigenda + 5L, await database.ScalarAsync<long>("SELECT count(*) FROM meeting_corrigenda WHERE meeting_id = $1", meetingId));

        // Changed, the meeting is checked whole: renaming it is refused until its decisions are put right; so is one
        // more corrigendum.
        var refusal = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync("UPDATE meetings SET title = 'Renamed' WHERE id = $1", meetingId));
        Assert.Equal("ck_meetings_decisions_in_range", refusal.ConstraintName);
        Assert.Equal(1, await database.ExecuteAsync("UPDATE meetings SET title = 'Renamed', decisions = decisions[1:100] WHERE id = $1", meetingId));

        var corrigendum = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(
            "INSERT INTO meeting_corrigenda (meeting_id, text, issued_by, issued_at) VALUES ($1, 'One more', 'Focal point', now())", meetingId));
        Assert.Equal("ck_meeting_corrigenda_per_meeting_in_range", corrigendum.ConstraintName);
    }

    /// <summary>Migrates the database up to the migration before <paramref name="migration"/>: the schema as it was then.</summary>
    private static async Task MigrateToJustBeforeAsync(ServiceProvider services, string migration)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith(migration, StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before, Ct);
    }
}
