using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Commitments.Reconciling;
using MobilityPartnerships.Web.Features.Commitments.Recording;
using MobilityPartnerships.Web.Features.Commitments.Revising;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Commitments;

/// <summary>
/// The commitments of the joint declaration on PostgreSQL: only those who edit the partnership record them, bad input
/// stores nothing, the reconciliation counts the initiatives on the scoreboard each user may read, and the
/// initiative editor links a commitment of the initiative's own partnership only.
/// </summary>
public sealed class CommitmentsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_reconciliation_shows_per_commitment_the_initiatives_on_the_scoreboard_the_completed_ones_or_none()
    {
        var (carried, gap, unshared) = await StoreReconciliationSceneAsync();
        await using var scope = world.As(world.Users["FocalPoint"]);

        var reconciliation = await scope.ServiceProvider.GetRequiredService<GetCommitmentReconciliation>().ExecuteAsync(world.Inside, Ct);

        Assert.NotNull(reconciliation);
        Assert.True(reconciliation.MayRecord);
        var carriedOut = reconciliation.Commitments.Single(c => c.Id == carried);
        Assert.Equal((2, 1, false), (carriedOut.OnScoreboard, carriedOut.Completed, carriedOut.HasNone));
        Assert.Equal(["Reconciled: completed", "Reconciled: ongoing"], carriedOut.Initiatives.Select(i => i.Title));
        var none = reconciliation.Commitments.Single(c => c.Id == gap);
        Assert.Equal((0, 0, true), (none.OnScoreboard, none.Completed, none.HasNone));
        Assert.Equal(1, reconciliation.Commitments.Single(c => c.Id == unshared).OnScoreboard);

        // Each count opens the scoreboard filtered by its commitment: exactly those initiatives.
        var scoreboard = scope.ServiceProvider.GetRequiredService<QueryScoreboard>();
        foreach (var commitment in reconciliation.Commitments)
        {
            var rows = await scoreboard.ExecuteAsync(new ScoreboardQuery { PartnershipId = world.Inside, CommitmentId = commitment.Id, PageSize = ScoreboardQuery.MaxPageSize }, Ct);
            Assert.Equal(commitment.Initiatives.Select(i => i.Id).Order(), rows.Rows.Select(r => r.Id).Order());
            var completed = await scoreboard.ExecuteAsync(new ScoreboardQuery { PartnershipId = world.Inside, CommitmentId = commitment.Id, Status = InitiativeStatus.Completed }, Ct);
            Assert.Equal(commitment.Completed, completed.Totals.Count);
        }

        var ignored = new List<string>();
        var view = ScoreboardView.Parse(world.Inside, $"?commitment={carried}", ignored);
        Assert.Equal(carried, view.Query.CommitmentId);
        Assert.Empty(ignored);
    }

    [Fact]
    public async Task A_partner_country_officials_reconciliation_does_not_count_initiatives_not_to_be_shared()
    {
        var (carried, _, unshared) = await StoreReconciliationSceneAsync();
        await using var scope = world.As(world.Users["PartnerCountryOfficial"]);

        var reconciliation = await scope.ServiceProvider.GetRequiredService<GetCommitmentReconciliation>().ExecuteAsync(world.Inside, Ct);

        Assert.NotNull(reconciliation);
        Assert.False(reconciliation.MayRecord);
        var hidden = reconciliation.Commitments.Single(c => c.Id == unshared);
        Assert.Equal((0, true), (hidden.OnScoreboard, hidden.HasNone));
        Assert.Equal(2, reconciliation.Commitments.Single(c => c.Id == carried).OnScoreboard);
    }

    [Fact]
    public async Task A_member_state_official_may_not_record_a_commitment_and_nothing_is_stored()
    {
        var before = await CountAsync();
        await using var scope = world.As(world.Users["MemberStateOfficial"]);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecordCommitment>().ExecuteAsync(world.Inside, Draft("Facilitate visas"), Ct);

        Assert.IsType<WriteOutcome.Refused>(outcome);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_commitment_without_text_is_refused_with_its_message_and_nothing_is_stored()
    {
        var before = await CountAsync();
        await using var scope = world.As(world.Users["FocalPoint"]);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecordCommitment>().ExecuteAsync(world.Inside, Draft("   "), Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(CommitmentDraft.Text), "Commitment is required."), (error.Path, error.Message));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_focal_point_records_and_revises_a_commitment()
    {
        await using var scope = world.As(world.Users["FocalPoint"]);

        var created = Assert.IsType<WriteOutcome.Created>(await scope.ServiceProvider.GetRequiredService<RecordCommitment>().ExecuteAsync(world.Inside, Draft("Readmit own nationals"), Ct));
        var revised = await scope.ServiceProvider.GetRequiredService<ReviseCommitment>().ExecuteAsync(world.Inside, created.Id, Draft("Readmit own nationals and help identify them", "Joint declaration, point 3"), Ct);

        Assert.IsType<WriteOutcome.Done>(revised);
        await using var db = await world.CreateContextAsync();
        var stored = await db.Commitments.AsNoTracking().SingleAsync(c => c.Id == created.Id, Ct);
        Assert.Equal(("Readmit own nationals and help identify them", "Joint declaration, point 3", world.Inside), (stored.Text, stored.Source, stored.PartnershipId));
    }

    [Fact]
    public async Task The_initiative_editor_links_a_commitment_and_refuses_one_of_another_partnership()
    {
        var own = await StoreCommitmentAsync(world.Inside, "Own side commitment");
        var foreign = await StoreCommitmentAsync(world.Outside, "Another partnership's commitment");
        await using var scope = world.As(world.Users["FocalPoint"]);
        var editor = scope.ServiceProvider.GetRequiredService<EditInitiative>();

        var editing = await editor.LoadAsync(world.OtherInitiative, Ct);
        Assert.NotNull(editing);
        Assert.Contains(editing.Choices.Commitments, c => c.Id == own);
        Assert.DoesNotContain(editing.Choices.Commitments, c => c.Id == foreign);
        var draft = editing.Draft.Copy();
        draft.CommitmentId = foreign;
        var refused = await editor.SaveAsync(world.Inside, world.OtherInitiative, editing.Version, draft, Ct);
        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(refused).Errors);
        Assert.Equal((nameof(InitiativeDraft.CommitmentId), "An initiative can only carry out a commitment of its own partnership."), (error.Path, error.Message));

        draft.CommitmentId = own;
        Assert.IsType<WriteOutcome.Done>(await editor.SaveAsync(world.Inside, world.OtherInitiative, editing.Version, draft, Ct));
        await using var db = await world.CreateContextAsync();
        Assert.Equal(own, (await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == world.OtherInitiative, Ct)).CommitmentId);
    }

    private static CommitmentDraft Draft(string text, string? source = null) =>
        new() { Side = CommitmentSide.PartnerCountry, Pillar = Pillar.IllegalMigration, Text = text, Source = source };

    private async Task<int> CountAsync()
    {
        await using var db = await world.CreateContextAsync();
        return await db.Commitments.CountAsync(Ct);
    }

    private async Task<Guid> StoreCommitmentAsync(Guid partnershipId, string text)
    {
        await using var db = await world.CreateContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Id == partnershipId, Ct);
        var commitment = Commitment.Record(partnership, CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, text, null, 0);
        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(Ct);
        return commitment.Id;
    }

    /// <summary>
    /// One commitment carried out by a completed and an ongoing initiative (an archived one does not count), one with
    /// none, and one carried out only by an initiative not to be shared beyond the EU side.
    /// </summary>
    private async Task<(Guid Carried, Guid Gap, Guid Unshared)> StoreReconciliationSceneAsync()
    {
        await using var db = await world.CreateContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Id == world.Inside, Ct);
        var carried = Commitment.Record(partnership, CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, "Carried out", null, 0);
        var gap = Commitment.Record(partnership, CommitmentSide.PartnerCountry, Pillar.IllegalMigration, "Nobody works on it", null, 0);
        var unsharedOnly = Commitment.Record(partnership, CommitmentSide.PartnerCountry, Pillar.MigrationAndDevelopment, "Only unshared work", null, 0);
        db.Commitments.AddRange(carried, gap, unsharedOnly);
        var completed = Initiative.Propose(partnership, "Reconciled: completed", Pillar.LegalMigration, InitiativeStatus.Completed);
        var ongoing = Initiative.Propose(partnership, "Reconciled: ongoing", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        var archived = Initiative.Propose(partnership, "Reconciled: archived", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        archived.Archive();
        var unshared = Initiative.Propose(partnership, "Reconciled: unshared", Pillar.MigrationAndDevelopment, InitiativeStatus.Ongoing);
        unshared.Situate(null, Novelty.New, isShareable: false);
        completed.LinkCommitment(carried);
        ongoing.LinkCommitment(carried);
        archived.LinkCommitment(carried);
        unshared.LinkCommitment(unsharedOnly);
        db.Initiatives.AddRange(completed, ongoing, archived, unshared);
        await db.SaveChangesAsync(Ct);
        return (carried.Id, gap.Id, unsharedOnly.Id);
    }
}
