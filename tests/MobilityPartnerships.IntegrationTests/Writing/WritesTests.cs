using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
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

    [Fact]
    public async Task A_commit_the_database_refuses_is_a_failed_write_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);
        var stored = await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId);
        await AtCommitAsync("Refused at commit", "RAISE EXCEPTION 'refused at commit'");
        try
        {
            var outcome = await RenameAsync(scene.InitiativeId, "Refused at commit");

            var failed = Assert.IsType<WriteOutcome.Failed>(outcome);
            Assert.False(failed.Unconfirmed, "the database answered that it did not commit");
            Assert.Equal("Editing_SaveFailed", failed.TextKey);
            Assert.Equal(stored, await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));
        }
        finally
        {
            await fixture.Database.ExecuteAsync("DROP TRIGGER at_commit ON initiatives; DROP FUNCTION at_commit()");
        }
    }

    [Fact]
    public async Task A_commit_the_database_does_not_answer_in_time_is_told_as_unconfirmed_never_as_nothing_changed()
    {
        var scene = await Scene.StoreAsync(fixture);
        var budget = fixture.Get<IOptions<DatabaseOptions>>().Value.CommandTimeoutSeconds;
        await AtCommitAsync("Slow to commit", $"PERFORM pg_sleep({budget + 3})");
        try
        {
            var outcome = await RenameAsync(scene.InitiativeId, "Slow to commit");

            // The database did not say whether it committed: the user must not be told that nothing changed.
            var failed = Assert.IsType<WriteOutcome.Failed>(outcome);
            Assert.True(failed.Unconfirmed, "a commit without an answer was told as a plain failure");
            Assert.Equal("Editing_SaveUnconfirmed", failed.TextKey);
            Assert.Matches("^MP-[A-Z2-9]{8}$", failed.Reference);
        }
        finally
        {
            await fixture.Database.ExecuteAsync("DROP TRIGGER at_commit ON initiatives; DROP FUNCTION at_commit()");
        }
    }

    [Fact]
    public async Task A_domain_refusal_reaches_a_French_user_in_French_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        WriteOutcome outcome;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
            outcome = await RenameAsync(scene.InitiativeId, "   ");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal("L'intitulé\u00a0: ce champ est obligatoire.", error.Message);
        Assert.Equal("Labour migration pilot", await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task A_domain_refusal_reaches_an_English_user_in_the_domains_words()
    {
        var scene = await Scene.StoreAsync(fixture);

        var outcome = await RenameAsync(scene.InitiativeId, "   ");

        Assert.Equal("The title is required.", Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors).Message);
    }

    /// <summary>A deferred trigger that runs <paramref name="body"/> when a transaction that gave an initiative <paramref name="title"/> commits.</summary>
    private Task<int> AtCommitAsync(string title, string body) => fixture.Database.ExecuteAsync(
        $"""
        CREATE FUNCTION at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body}; RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER at_commit AFTER UPDATE ON initiatives DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (NEW.title = '{title}') EXECUTE FUNCTION at_commit();
        """);

    private Task<WriteOutcome> RenameAsync(Guid initiativeId, string title) => fixture.Get<Writes>().RunAsync(
        new Write<Initiative>
        {
            What = "rename initiative",
            Access = (access, ct) => access.CheckInitiativeAsync(Operation.EditInitiative, initiativeId, ct),
            Load = (db, ct) => db.Initiatives.SingleOrDefaultAsync(i => i.Id == initiativeId, ct),
            Apply = (change, _) =>
            {
                change.Target.Describe(title, change.Target.Summary, change.Target.ReferenceCode);
                return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
            },
        },
        Token);
}
