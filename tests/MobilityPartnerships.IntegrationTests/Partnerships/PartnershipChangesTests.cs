using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Features.Partnerships.Archiving;
using MobilityPartnerships.Web.Features.Partnerships.Joining;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Features.Partnerships.Opening;
using MobilityPartnerships.Web.Features.Partnerships.Revising;
using MobilityPartnerships.Web.Features.Partnerships.Status;
using MobilityPartnerships.Web.Features.Partnerships.Withdrawing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Partnerships;

/// <summary>The steps of a partnership's life on real PostgreSQL: recorded with history, refused with a field message and no change, or stale.</summary>
public sealed class PartnershipChangesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private OpenPartnership Open => fixture.Get<OpenPartnership>();

    private ChangePartnershipStatus ChangeStatus => fixture.Get<ChangePartnershipStatus>();

    private AddParticipant AddParticipant => fixture.Get<AddParticipant>();

    private RecordWithdrawal RecordWithdrawal => fixture.Get<RecordWithdrawal>();

    private RevisePartnership Revise => fixture.Get<RevisePartnership>();

    private ArchivePartnership Archive => fixture.Get<ArchivePartnership>();

    [Fact]
    public async Task An_accession_is_recorded_with_its_date_and_its_history()
    {
        var scene = await Scene.StoreAsync(fixture);

        var outcome = await AddParticipant.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), new ParticipantDraft { OrganisationId = scene.OutsiderId, Basis = ParticipationBasis.Accession, JoinedOn = new DateOnly(2011, 3, 1) }, Token);

        Assert.IsType<WriteOutcome.Done>(outcome);
        Assert.Equal(new DateOnly(2011, 3, 1), await fixture.Database.ScalarAsync<DateOnly>("SELECT joined_on FROM partnership_participants WHERE partnership_id = $1 AND organisation_id = $2", scene.PartnershipId, scene.OutsiderId));
        Assert.Equal("Accession", await fixture.Database.ScalarAsync<string>("SELECT new_value FROM history_entries WHERE aggregate_id = $1 AND record_type = 'Participant' AND field = 'Basis' ORDER BY id DESC LIMIT 1", scene.PartnershipId.ToString()));
    }

    [Fact]
    public async Task An_accession_before_the_signature_is_refused_at_the_date_and_nothing_changes()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await CountsAsync(scene);

        var outcome = await AddParticipant.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), new ParticipantDraft { OrganisationId = scene.OutsiderId, Basis = ParticipationBasis.Accession, JoinedOn = Scene.Signature.AddDays(-1) }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(ParticipantDraft.JoinedOn), error.Path);
        Assert.Contains("before the joint declaration was signed on 15 January 2010", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(scene));
    }

    [Fact]
    public async Task A_signatory_added_twice_is_refused_at_the_organisation()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await CountsAsync(scene);

        var outcome = await AddParticipant.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), new ParticipantDraft { OrganisationId = scene.CommissionId, Basis = ParticipationBasis.OriginalSignatory }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(ParticipantDraft.OrganisationId), true), (error.Path, error.Message.EndsWith("already takes part in this partnership.", StringComparison.Ordinal)));
        Assert.Equal(before, await CountsAsync(scene));
    }

    [Fact]
    public async Task A_status_change_and_a_withdrawal_are_recorded_with_their_dates()
    {
        var scene = await Scene.StoreAsync(fixture);

        Assert.IsType<WriteOutcome.Done>(await ChangeStatus.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), new StatusChangeDraft { Status = PartnershipStatus.Stalled, On = new DateOnly(2014, 5, 1), Precision = DatePrecision.Month }, Token));
        Assert.IsType<WriteOutcome.Done>(await RecordWithdrawal.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), new WithdrawalDraft { OrganisationId = scene.CommissionId, LeftOn = new DateOnly(2015, 1, 31) }, Token));

        Assert.Equal("Stalled", await fixture.Database.ScalarAsync<string>("SELECT status FROM partnerships WHERE id = $1", scene.PartnershipId));
        Assert.Equal(new DateOnly(2015, 1, 31), await fixture.Database.ScalarAsync<DateOnly>("SELECT left_on FROM partnership_participants WHERE partnership_id = $1", scene.PartnershipId));
    }

    [Fact]
    public async Task A_change_to_the_status_the_partnership_has_is_refused_at_the_status_and_each_change_shows_its_own_source()
    {
        var scene = await Scene.StoreAsync(fixture);
        Assert.IsType<WriteOutcome.Done>(await ChangeStatus.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), new StatusChangeDraft { Status = PartnershipStatus.Stalled, On = new DateOnly(2014, 5, 1), Source = "Council conclusions of 1 May 2014" }, Token));
        var changes = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnership_status_changes WHERE partnership_id = $1", scene.PartnershipId);

        // Stalled again: a step the partnership did not take, once entered into its history.
        var again = await ChangeStatus.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), new StatusChangeDraft { Status = PartnershipStatus.Stalled, On = new DateOnly(2014, 6, 1), Source = "same" }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(again).Errors);
        Assert.Equal((nameof(StatusChangeDraft.Status), "The partnership already has this status: a change of status names another one."), (error.Path, error.Message));
        Assert.Equal(changes, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnership_status_changes WHERE partnership_id = $1", scene.PartnershipId));

        // The page's history shows each change with the document it was recorded from.
        var details = await fixture.Get<Web.Features.Partnerships.Details.GetPartnershipDetails>().ExecuteAsync(scene.PartnershipId, Token);
        Assert.Equal((PartnershipStatus.Stalled, "Council conclusions of 1 May 2014"), (details!.StatusChanges[^1].Status, details.StatusChanges[^1].Source));
    }

    [Fact]
    public async Task A_step_based_on_an_older_version_is_not_written_and_names_who_changed_it()
    {
        var scene = await Scene.StoreAsync(fixture);
        var seen = await VersionAsync(scene);
        Assert.IsType<WriteOutcome.Done>(await ChangeStatus.ExecuteAsync(scene.PartnershipId, seen, new StatusChangeDraft { Status = PartnershipStatus.Suspended, On = new DateOnly(2010, 2, 1) }, Token));

        var outcome = await ChangeStatus.ExecuteAsync(scene.PartnershipId, seen, new StatusChangeDraft { Status = PartnershipStatus.Concluded, On = new DateOnly(2012, 1, 1) }, Token);

        Assert.Equal(DatabaseFixture.AdministratorName, Assert.IsType<WriteOutcome.Stale>(outcome).StoredBy);
        Assert.Equal("Suspended", await fixture.Database.ScalarAsync<string>("SELECT status FROM partnerships WHERE id = $1", scene.PartnershipId));
    }

    [Fact]
    public async Task An_archived_partnership_is_left_out_of_the_list_unless_asked_for()
    {
        var scene = await Scene.StoreAsync(fixture);

        Assert.IsType<WriteOutcome.Done>(await Archive.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), true, Token));

        var list = fixture.Get<ListPartnerships>();
        Assert.DoesNotContain(await list.ExecuteAsync(Token), p => p.Id == scene.PartnershipId);
        Assert.True(Assert.Single(await list.ExecuteAsync(Token, includeArchived: true), p => p.Id == scene.PartnershipId).IsArchived);
    }

    [Fact]
    public async Task A_partnership_is_opened_and_a_second_one_with_the_same_name_is_refused_at_the_name()
    {
        var name = $"Talent Partnership {Guid.NewGuid():N}"[..30];
        var draft = new NewPartnershipDraft { Name = name, Kind = PartnershipKind.BilateralMigrationPartnership, Status = PartnershipStatus.ExploratoryTalks, Since = new DateOnly(2022, 6, 1) };

        var created = Assert.IsType<WriteOutcome.Created>(await Open.ExecuteAsync(draft, Token));
        var again = Assert.IsType<WriteOutcome.Invalid>(await Open.ExecuteAsync(draft, Token));

        Assert.Equal("ExploratoryTalks", await fixture.Database.ScalarAsync<string>("SELECT status FROM partnerships WHERE id = $1", created.Id));
        var error = Assert.Single(again.Errors);
        Assert.Equal((nameof(NewPartnershipDraft.Name), $"A partnership named '{name}' already exists."), (error.Path, error.Message));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnerships WHERE name = $1", name));
    }

    [Fact]
    public async Task A_mobility_partnership_without_a_partner_country_is_refused_at_the_country()
    {
        var outcome = await Open.ExecuteAsync(new NewPartnershipDraft { Name = "Without a country", Kind = PartnershipKind.MobilityPartnership }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(NewPartnershipDraft.PartnerCountryId), error.Path);
    }

    [Fact]
    public async Task Name_deadline_and_priorities_are_revised_with_their_history_and_a_taken_name_is_refused()
    {
        var scene = await Scene.StoreAsync(fixture);
        var other = await Scene.StoreAsync(fixture);
        var draft = new PartnershipDetailsDraft { Name = $"Renamed {Guid.NewGuid():N}"[..20], ExploratoryTalksDeadline = new DateOnly(2011, 12, 31), Priorities = "Legal migration\n\n  Border management  " };

        Assert.IsType<WriteOutcome.Done>(await Revise.ExecuteAsync(scene.PartnershipId, await VersionAsync(scene), draft, Token));

        Assert.Equal(draft.Name, await fixture.Database.ScalarAsync<string>("SELECT name FROM partnerships WHERE id = $1", scene.PartnershipId));
        Assert.Equal(["Legal migration", "Border management"], (await fixture.Database.ScalarAsync<string[]>("SELECT priorities FROM partnerships WHERE id = $1", scene.PartnershipId))!);
        Assert.Equal(draft.Name, await fixture.Database.ScalarAsync<string>("SELECT new_value FROM history_entries WHERE aggregate_id = $1 AND field = 'Name' ORDER BY id DESC LIMIT 1", scene.PartnershipId.ToString()));

        var before = await CountsAsync(other);
        var refused = await Revise.ExecuteAsync(other.PartnershipId, await VersionAsync(other), new PartnershipDetailsDraft { Name = draft.Name }, Token);
        Assert.Equal(nameof(PartnershipDetailsDraft.Name), Assert.Single(Assert.IsType<WriteOutcome.Invalid>(refused).Errors).Path);
        Assert.Equal(before, await CountsAsync(other));
    }

    private Task<uint> VersionAsync(Scene scene) =>
        fixture.Database.ScalarAsync<uint>("SELECT xmin FROM partnerships WHERE id = $1", scene.PartnershipId);

    private async Task<string> CountsAsync(Scene scene) =>
        $"{await VersionAsync(scene)}/{await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnership_participants WHERE partnership_id = $1", scene.PartnershipId)}/{await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries WHERE aggregate_id = $1", scene.PartnershipId.ToString())}";
}
