using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Organisations;
using MobilityPartnerships.Web.Features.Organisations.Deleting;
using MobilityPartnerships.Web.Features.Organisations.Listing;
using MobilityPartnerships.Web.Writing;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Organisations;

/// <summary>
/// What uses an organisation is one list (<see cref="OrganisationUses"/>): every foreign key to organisations is in it, the
/// organisations list counts the records it finds, and deleting names each of them and deletes nothing; a record that
/// comes to use the organisation while it is being deleted is refused by the database and told plainly.
/// </summary>
public sealed class OrganisationUsesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_foreign_key_to_organisations_in_the_model_is_a_use_or_goes_with_the_organisation()
    {
        await using var db = await fixture.CreateContextAsync();
        var references = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetDeclaredForeignKeys())
            .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Organisation))
            .Select(fk =>
            {
                var table = StoreObjectIdentifier.Table(fk.DeclaringEntityType.GetTableName()!, fk.DeclaringEntityType.GetSchema());
                return (Reference: $"{table.Name}.{Assert.Single(fk.Properties).GetColumnName(table)}", Cascades: fk.DeleteBehavior == DeleteBehavior.Cascade);
            })
            .ToList();

        Assert.Equal(Uses(), references.Where(r => !r.Cascades).Select(r => r.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(GoingWithIt(), references.Where(r => r.Cascades).Select(r => r.Reference).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_foreign_key_to_organisations_in_the_database_is_a_use_or_goes_with_the_organisation()
    {
        var references = await fixture.Database.RowsAsync("""
            SELECT c.conrelid::regclass::text || '.' || a.attname || CASE c.confdeltype WHEN 'c' THEN ' cascades' ELSE '' END
            FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.confrelid = 'organisations'::regclass
            """);

        Assert.Equal(
            Uses().Concat(GoingWithIt().Select(r => r + " cascades")).Order(StringComparer.Ordinal),
            references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_organisation_used_in_every_way_the_list_missed_is_counted_and_its_deletion_names_each_use()
    {
        var (scene, agency) = await UsedEverywhereAsync();

        var row = Assert.Single(await fixture.Get<ListOrganisations>().RowsAsync(Token), r => r.Id == agency.Id);
        var outcome = await fixture.Get<DeleteOrganisation>().ExecuteAsync(agency.Id, Token);

        // Seven records: the initiative (two contact points), the progress update, the indicator value, the meeting (chair
        // and two people attending), the action point, the account and the organisation that is part of it.
        Assert.Equal(7, row.References);
        Assert.Equal(
            $"{agency.Name} cannot be deleted while records refer to it: 1 initiative through a contact point; 1 progress update as author; "
            + "1 indicator value as reporter; 1 meeting as chair; 1 meeting as attending organisation; 1 action point as owner; "
            + "1 user account; 1 organisation that is part of it. Remove those references first.",
            Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors).Message);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE id = $1", agency.Id));
        Assert.Equal(0, Assert.Single(await fixture.Get<ListOrganisations>().RowsAsync(Token), r => r.Id == scene.OutsiderId).References);
    }

    [Fact]
    public async Task The_initiatives_an_organisation_leads_are_counted_and_named_when_its_deletion_is_refused()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = Assert.Single(await fixture.Get<ListOrganisations>().RowsAsync(Token), r => r.Id == scene.CommissionId).References;
        await fixture.Database.ExecuteAsync("""
            INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable, lead_organisation_id)
            SELECT gen_random_uuid(), partnership_id, reference_code || '-' || n, title || ' ' || n, pillar, status, novelty, is_shareable, lead_organisation_id
            FROM initiatives, generate_series(1, 2) AS n WHERE id = $1
            """, scene.InitiativeId);

        var row = Assert.Single(await fixture.Get<ListOrganisations>().RowsAsync(Token), r => r.Id == scene.CommissionId);
        var outcome = await fixture.Get<DeleteOrganisation>().ExecuteAsync(scene.CommissionId, Token);

        // The two initiatives it leads are new records; the scene's own initiative named it already, and is one record still.
        Assert.Equal(before + 2, row.References);
        Assert.Contains("3 initiatives as lead partner", Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_used_nowhere_is_listed_with_none_and_deleted()
    {
        var scene = await Scene.StoreAsync(fixture);

        Assert.Equal(0, Assert.Single(await fixture.Get<ListOrganisations>().RowsAsync(Token), r => r.Id == scene.OutsiderId).References);
        Assert.IsType<WriteOutcome.Done>(await fixture.Get<DeleteOrganisation>().ExecuteAsync(scene.OutsiderId, Token));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE id = $1", scene.OutsiderId));
    }

    [Fact]
    public async Task A_use_recorded_while_the_organisation_is_being_deleted_stops_the_deletion_with_a_message()
    {
        // Another session makes the scene's Commission part of the outsider and has not committed: the deletion finds no
        // use, then waits at the outsider's row for that session, which commits; the database then refuses the deletion.
        var scene = await Scene.StoreAsync(fixture);
        var name = await fixture.Database.ScalarAsync<string>("SELECT name FROM organisations WHERE id = $1", scene.OutsiderId);
        await using var other = new NpgsqlConnection(fixture.Database.ConnectionString);
        await other.OpenAsync(Token);
        await using var transaction = await other.BeginTransactionAsync(Token);
        await using (var part = new NpgsqlCommand("UPDATE organisations SET parent_id = $1 WHERE id = $2", other, transaction) { Parameters = { new() { Value = scene.OutsiderId }, new() { Value = scene.CommissionId } } })
        {
            Assert.Equal(1, await part.ExecuteNonQueryAsync(Token));
        }

        var deleting = fixture.Get<DeleteOrganisation>().ExecuteAsync(scene.OutsiderId, Token);
        await WaitingForAsync(other.ProcessID, deleting);
        await transaction.CommitAsync(Token);
        var outcome = await deleting;

        Assert.Equal(
            $"{name} was not deleted: a record started to use it while it was being deleted. Reload the list to see what uses it.",
            Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors).Message);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE id = $1", scene.OutsiderId));
    }

    private static IEnumerable<string> Uses() => OrganisationUses.All.Where(u => u.Through is null).Select(u => $"{u.Table}.{u.Column}").Order(StringComparer.Ordinal);

    private static IEnumerable<string> GoingWithIt() => OrganisationUses.GoWithIt.Select(r => $"{r.Table}.{r.Column}").Order(StringComparer.Ordinal);

    /// <summary>Until PostgreSQL says a session waits for the one holding <paramref name="holder"/>'s locks (ten seconds at most).</summary>
    private async Task WaitingForAsync(int holder, Task deleting)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            Assert.False(deleting.IsCompleted, "The deletion ended without waiting for the use being recorded.");
            if (await fixture.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid)))", holder))
            {
                return;
            }

            await Task.Delay(50, Token);
        }

        Assert.Fail("No session waited for the use being recorded.");
    }

    /// <summary>
    /// The scene, and an agency used in each way the list did not count before: two contact points of the scene's
    /// initiative, its progress update and indicator value, a meeting it chairs and attends with two people, an action point
    /// it owns, an account of its staff and an organisation that is part of it.
    /// </summary>
    private async Task<(Scene Scene, Organisation Agency)> UsedEverywhereAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        var agency = Organisation.Create($"Used agency {Guid.NewGuid():N}"[..25], null, OrganisationKind.NationalAgency);
        var child = Organisation.Create($"{agency.Name} office", null, OrganisationKind.NationalAgency, parentId: agency.Id);
        await using (var db = await fixture.CreateContextAsync())
        {
            db.Organisations.AddRange(agency, child);
            await db.SaveChangesAsync(Token);
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, Token);
            var initiative = await db.Initiatives.Include(i => i.ContactPoints).Include(i => i.Indicators).SingleAsync(i => i.Id == scene.InitiativeId, Token);
            initiative.AddContactPoint(ContactPoint.Create("Desk officer", agency.Id, null, null, null));
            initiative.AddContactPoint(ContactPoint.Create("Deputy desk officer", agency.Id, null, null, null));
            var indicator = Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 1), null);
            initiative.AddIndicator(indicator);
            var reporter = new ProgressAuthor("Ana Focal", agency.Id, IsFocalPoint: true);
            db.ProgressUpdates.Add(ProgressUpdate.Post(initiative, reporter, new DateOnly(2010, 9, 1), ProgressRating.OnTrack, "Works began.", ProductDays.Today, new DateTimeOffset(2010, 9, 1, 12, 0, 0, TimeSpan.Zero)));
            db.IndicatorValues.Add(IndicatorValue.Report(initiative, indicator.Id, ReportingPeriod.Quarter(2010, 3), 12m, reporter, DateTimeOffset.UtcNow, ProductDays.Brussels, []));
            var meeting = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, "Cooperation platform", new DateOnly(2010, 10, 5), "Brussels", isOnline: false);
            meeting.SetChairs([new MeetingChair(agency.Id, ChairRole.Presidency)]);
            meeting.SetParticipants([new MeetingParticipant(agency.Id, "Ana Focal"), new MeetingParticipant(agency.Id, "Ben Deputy")]);
            db.Meetings.Add(meeting);
            db.ActionPoints.Add(ActionPoint.Record(meeting, "Send the draft agreement", agency.Id, null, new DateOnly(2010, 11, 5)));
            await db.SaveChangesAsync(Token);
        }

        await TestAccounts.CreateAsync(fixture, "Agency officer", Role.MemberStateOfficial, agency.Id);
        return (scene, agency);
    }
}
