using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives;

/// <summary>Saving an edited initiative on real PostgreSQL: what is stored, what is refused, and conflicts.</summary>
public sealed class EditInitiativeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private EditInitiative Editor => fixture.Get<EditInitiative>();

    [Fact]
    public async Task Every_field_of_the_row_is_stored_with_one_history_entry_per_changed_field()
    {
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Title = "Circular migration pilot";
        draft.Status = InitiativeStatus.Ongoing;
        draft.Partners.Add(new PartnerDraft { OrganisationId = scene.OutsiderId, Role = PartnerRole.Implementing });
        draft.FundingLines[0].TotalBudget = 1500m;
        draft.ContactPoints.Add(new ContactPointDraft { Name = "Desk officer", Email = "desk@example.org" });

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var saved = Assert.IsType<WriteOutcome.Done>(outcome);
        Assert.NotEqual(editing.Version, saved.Version);
        var stored = (await Editor.LoadAsync(scene.InitiativeId, Token))!.Draft;
        Assert.Empty(InitiativeDraftComparison.Differences(draft, stored));
        var history = await fixture.Database.RowsAsync(
            "SELECT record_type || '.' || field || ':' || action || ':' || coalesce(old_value, '-') || '>' || coalesce(new_value, '-') FROM history_entries WHERE aggregate_id = $1 AND change_set_id = (SELECT change_set_id FROM history_entries WHERE aggregate_id = $1 ORDER BY id DESC LIMIT 1) ORDER BY id",
            scene.InitiativeId.ToString());
        Assert.Equal(
            new[]
            {
                "Initiative.Status:Changed:Planned>Ongoing",
                "Initiative.Title:Changed:Labour migration pilot>Circular migration pilot",
                $"InitiativePartner.OrganisationId:Added:->{scene.OutsiderId}",
                "InitiativePartner.Role:Added:->Implementing",
                "ContactPoint.Email:Added:->desk@example.org",
                "ContactPoint.Name:Added:->Desk officer",
                "FundingLine.TotalBudget:Changed:1000.00>1500.00",
            }.Order(),
            history.Order());
    }

    [Fact]
    public async Task A_draft_the_form_rules_refuse_changes_nothing()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await SnapshotAsync(scene);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Title = "Renamed";
        draft.FundingLines[0].EuContribution = 2000m;

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(("FundingLines[0].EuContribution", "The EU contribution cannot be above the total budget."), (error.Path, error.Message));
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Fact]
    public async Task A_reference_code_already_used_in_the_partnership_is_refused_at_the_field()
    {
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadNewAsync(scene.PartnershipId, Token))!;
        var draft = editing.Draft;
        draft.Title = "Second initiative";
        draft.ReferenceCode = scene.ReferenceCode;

        var outcome = await Editor.SaveAsync(scene.PartnershipId, null, 0, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(("ReferenceCode", $"The reference code '{scene.ReferenceCode}' is already used by another initiative of this partnership."), (error.Path, error.Message));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1", scene.PartnershipId));
    }

    [Fact]
    public async Task A_lead_who_is_not_a_participant_is_refused_at_the_field_and_nothing_changes()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await SnapshotAsync(scene);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Title = "Renamed";
        draft.LeadOrganisationId = scene.OutsiderId;

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(InitiativeDraft.LeadOrganisationId), error.Path);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Theory]
    [InlineData(PartnerRole.Participating)]
    [InlineData(PartnerRole.Implementing)]
    public async Task The_lead_listed_as_a_partner_too_is_refused_at_that_partner_and_nothing_changes(PartnerRole role)
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await SnapshotAsync(scene);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Partners.Add(new PartnerDraft { OrganisationId = scene.OutsiderId, Role = PartnerRole.Implementing });
        draft.Partners.Add(new PartnerDraft { OrganisationId = scene.CommissionId, Role = role });

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(("Partners[1].OrganisationId", "This organisation is the lead partner: it is not listed among the partners as well."), (error.Path, error.Message));
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Fact]
    public async Task A_responsible_service_that_is_no_Commission_service_is_refused_at_the_field_and_an_EU_institution_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await SnapshotAsync(scene);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.ResponsibleServiceId = scene.OutsiderId;

        var refused = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(refused).Errors);
        Assert.Equal(nameof(InitiativeDraft.ResponsibleServiceId), error.Path);
        Assert.StartsWith("Outsider ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" is not a Commission service: the responsible service is the Commission or one of its services, such as a Directorate-General or an EU Delegation.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(scene));
        Assert.DoesNotContain(editing.Choices.Services, c => c.Id == scene.OutsiderId);
        Assert.Contains(editing.Choices.Services, c => c.Id == scene.CommissionId);

        // The Council is an EU institution, but no Commission service: not offered, and refused when sent.
        var council = await CouncilAsync();
        editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        Assert.DoesNotContain(editing.Choices.Services, c => c.Id == council);
        draft.ResponsibleServiceId = council;
        var byCouncil = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token)).Errors);
        Assert.Equal((nameof(InitiativeDraft.ResponsibleServiceId), true), (byCouncil.Path, byCouncil.Message.Contains(" is not a Commission service", StringComparison.Ordinal)));
        Assert.Equal(before, await SnapshotAsync(scene));

        draft.ResponsibleServiceId = scene.CommissionId;
        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));
    }

    [Fact]
    public async Task A_new_initiative_is_stored_with_its_funding_and_history()
    {
        var scene = await Scene.StoreAsync(fixture);
        var draft = (await Editor.LoadNewAsync(scene.PartnershipId, Token))!.Draft;
        draft.Title = "Return and reintegration support";
        draft.StartMonth = new DateOnly(2012, 1, 1);
        draft.DurationMonths = 18;
        draft.FundingLines.Add(new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, TotalBudget = 250000m });

        var saved = Assert.IsType<WriteOutcome.Created>(await Editor.SaveAsync(scene.PartnershipId, null, 0, draft, Token));

        var stored = (await Editor.LoadAsync(saved.Id, Token))!.Draft;
        Assert.Equal(new DateOnly(2013, 6, 1), stored.EndMonth);
        Assert.Equal(250000m, Assert.Single(stored.FundingLines).TotalBudget);
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries WHERE aggregate_id = $1 AND action = 'Added'", saved.Id.ToString()) >= 4);
    }

    [Fact]
    public async Task Lines_each_within_the_most_a_line_holds_are_stored_whatever_their_sum()
    {
        // The initiative's sums were numeric(18,2) like a line: two lines of 6,000,000,000,000,000 each overflowed them
        // and the save failed as "a problem on our side".
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.FundingLines[0] = draft.FundingLines[0] with { TotalBudget = FundingLine.MaxAmount, EuContribution = FundingLine.MaxAmount };
        draft.FundingLines.Add(new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, TotalBudget = FundingLine.MaxAmount, EuContribution = FundingLine.MaxAmount });

        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));

        Assert.Equal(
            (2 * FundingLine.MaxAmount, 2 * FundingLine.MaxAmount),
            (await fixture.Database.ScalarAsync<decimal>("SELECT total_budget_known FROM initiative_funding_sums WHERE initiative_id = $1", scene.InitiativeId),
             await fixture.Database.ScalarAsync<decimal>("SELECT eu_contribution_known FROM initiative_funding_sums WHERE initiative_id = $1", scene.InitiativeId)));
    }

    [Fact]
    public async Task A_text_with_a_character_the_database_cannot_store_is_refused_and_nothing_changes()
    {
        // PostgreSQL stores no NUL in a text: the save failed as "a problem on our side" (503 from the API). The domain now
        // refuses it at the field, as every control character.
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Title = "Labour\0migration pilot";

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(("Title", "The title holds a control character (U+0000) that cannot be shown: remove it."), (error.Path, error.Message));
        Assert.Equal("Labour migration pilot", (await Editor.LoadAsync(scene.InitiativeId, Token))!.Draft.Title);
    }

    [Fact]
    public async Task Removing_every_funding_line_and_adding_another_stores_the_new_one_alone()
    {
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.FundingLines.Clear();
        draft.FundingLines.Add(new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, TotalBudget = 42m });

        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));

        Assert.Equal(42m, Assert.Single((await Editor.LoadAsync(scene.InitiativeId, Token))!.Draft.FundingLines).TotalBudget);
    }

    [Fact]
    public async Task A_save_after_someone_changed_only_a_funding_line_is_a_conflict_and_overwrite_keeps_their_change()
    {
        var scene = await Scene.StoreAsync(fixture);
        var mineLoaded = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var theirsLoaded = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var theirs = theirsLoaded.Draft.Copy();
        theirs.FundingLines[0].TotalBudget = 3000m;
        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, theirsLoaded.Version, theirs, Token));
        var mine = mineLoaded.Draft.Copy();
        mine.Title = "My new title";

        var conflict = Assert.IsType<WriteOutcome.Stale>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, mineLoaded.Version, mine, Token));
        var storedNow = (await Editor.LoadAsync(scene.InitiativeId, Token))!;

        Assert.Equal(3000m, storedNow.Draft.FundingLines[0].TotalBudget);
        Assert.Equal(DatabaseFixture.AdministratorName, conflict.StoredBy);
        Assert.Equal("Labour migration pilot", await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));

        var merged = InitiativeDraftMerge.Overwrite(mineLoaded.Draft, mine, storedNow.Draft);
        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, storedNow.Version, merged, Token));

        Assert.Equal("My new title", await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));
        Assert.Equal(3000m, await fixture.Database.ScalarAsync<decimal>("SELECT total_budget FROM funding_lines WHERE id = $1", scene.FundingLineId));
    }

    [Fact]
    public async Task An_initiative_that_does_not_exist_is_reported_as_not_found()
    {
        var scene = await Scene.StoreAsync(fixture);

        Assert.Null(await Editor.LoadAsync(Guid.NewGuid(), Token));
        Assert.IsType<WriteOutcome.NotFound>(await Editor.SaveAsync(scene.PartnershipId, Guid.NewGuid(), 1, new InitiativeDraft { Title = "X" }, Token));
    }

    /// <summary>A Council: an EU institution that signs through its Presidency.</summary>
    private async Task<Guid> CouncilAsync()
    {
        await using var db = await fixture.CreateContextAsync();
        var council = Organisation.Create($"Council {Guid.NewGuid():N}", null, OrganisationKind.EuInstitution, signsThroughPresidency: true);
        db.Organisations.Add(council);
        await db.SaveChangesAsync(Token);
        return council.Id;
    }

    private async Task<string> SnapshotAsync(Scene scene)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.FundingLines).SingleAsync(i => i.Id == scene.InitiativeId, Token);
        var history = await db.History.CountAsync(h => h.AggregateId == scene.InitiativeId.ToString(), Token);
        return System.Text.Json.JsonSerializer.Serialize(InitiativeDraft.From(initiative)) + initiative.Version + "/" + history;
    }
}
