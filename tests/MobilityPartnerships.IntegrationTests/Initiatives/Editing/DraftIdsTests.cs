using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Editing;

/// <summary>
/// Ids a draft carries that the edit form would never send, stored on real PostgreSQL: an id of another initiative's
/// indicator or funding line makes a new entry with an id of its own, a repeated id is refused at the repeated entry,
/// and an organisation or thematic area that does not exist is refused at its field — never a failure to retry.
/// </summary>
public sealed class DraftIdsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private EditInitiative Editor => fixture.Get<EditInitiative>();

    [Fact]
    public async Task Another_initiatives_indicator_and_funding_line_ids_make_new_entries_and_theirs_stay_as_they_are()
    {
        // The indicator's id was stored as a second row under the other's key: a unique violation, answered 503.
        var other = await Scene.StoreAsync(fixture);
        var otherIndicator = await AddIndicatorAsync(other, "Workers placed");
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Indicators.Add(new IndicatorDraft { Id = otherIndicator, Name = "Hijack" });
        draft.FundingLines.Add(new FundingLineDraft { Id = other.FundingLineId, SourceKind = FundingSourceKind.OwnFunds, TotalBudget = 5m });

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        Assert.IsType<WriteOutcome.Done>(outcome);
        Assert.Equal(
            [$"{other.InitiativeId}|Workers placed"],
            await fixture.Database.RowsAsync("SELECT initiative_id || '|' || name FROM initiative_indicators WHERE id = $1", otherIndicator));
        Assert.Equal(
            [$"{other.InitiativeId}|1000.00"],
            await fixture.Database.RowsAsync("SELECT initiative_id || '|' || total_budget FROM funding_lines WHERE id = $1", other.FundingLineId));
        var stored = (await Editor.LoadAsync(scene.InitiativeId, Token))!.Draft;
        var hijack = Assert.Single(stored.Indicators);
        Assert.Equal("Hijack", hijack.Name);
        Assert.NotEqual(otherIndicator, hijack.Id);
        Assert.Equal([5m, 1000m], stored.FundingLines.Select(f => f.TotalBudget!.Value).Order());
        Assert.DoesNotContain(other.FundingLineId, stored.FundingLines.Select(f => f.Id));
    }

    [Fact]
    public async Task A_new_initiative_with_another_initiatives_indicator_id_gets_an_indicator_of_its_own()
    {
        var other = await Scene.StoreAsync(fixture);
        var otherIndicator = await AddIndicatorAsync(other, "Workers placed");
        var draft = (await Editor.LoadNewAsync(other.PartnershipId, Token))!.Draft;
        draft.Title = "Second initiative";
        draft.Indicators.Add(new IndicatorDraft { Id = otherIndicator, Name = "Hijack" });

        var created = Assert.IsType<WriteOutcome.Created>(await Editor.SaveAsync(other.PartnershipId, null, 0, draft, Token));

        var stored = Assert.Single((await Editor.LoadAsync(created.Id, Token))!.Draft.Indicators);
        Assert.Equal("Hijack", stored.Name);
        Assert.NotEqual(otherIndicator, stored.Id);
        Assert.Equal([$"{other.InitiativeId}|Workers placed"], await fixture.Database.RowsAsync("SELECT initiative_id || '|' || name FROM initiative_indicators WHERE id = $1", otherIndicator));
    }

    [Fact]
    public async Task A_repeated_funding_line_id_is_refused_at_the_repeated_line_and_nothing_changes()
    {
        // The third line overwrote the first's amounts and one line was lost, answered 200.
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var before = await SnapshotAsync(scene);
        var draft = editing.Draft.Copy();
        draft.FundingLines.Add(new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, TotalBudget = 20m });
        draft.FundingLines.Add(new FundingLineDraft { Id = scene.FundingLineId, SourceKind = FundingSourceKind.EuProgramme, TotalBudget = 5m, EuContribution = 5m });

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal("FundingLines[2].Id", error.Path);
        Assert.Contains(scene.FundingLineId.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Fact]
    public async Task Organisations_and_thematic_areas_that_do_not_exist_are_refused_at_their_fields_and_nothing_changes()
    {
        // The database refused the foreign key: a failure with a reference, answered 503 "try again".
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var before = await SnapshotAsync(scene);
        var (nobody, noArea) = (Guid.NewGuid(), Guid.NewGuid());
        var draft = editing.Draft.Copy();
        draft.ResponsibleServiceId = nobody;
        draft.Partners.Add(new PartnerDraft { OrganisationId = scene.OutsiderId, Role = PartnerRole.Implementing });
        draft.Partners.Add(new PartnerDraft { OrganisationId = nobody, Role = PartnerRole.Participating });
        draft.FundingLines[0].ContributorId = nobody;
        draft.ContactPoints.Add(new ContactPointDraft { Name = "Desk officer", OrganisationId = nobody });
        draft.ThematicAreaIds.Add(noArea);

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var errors = Assert.IsType<WriteOutcome.Invalid>(outcome).Errors;
        Assert.Equal(
            ["ContactPoints[0].OrganisationId", "FundingLines[0].ContributorId", "Partners[1].OrganisationId", "ResponsibleServiceId", "ThematicAreaIds[0]"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal($"No organisation has the id {nobody}: choose one of the listed organisations.", errors.First(e => e.Path == "ResponsibleServiceId").Message);
        Assert.Equal($"No thematic area has the id {noArea}: choose one of the listed areas.", errors.First(e => e.Path == "ThematicAreaIds[0]").Message);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    private async Task<Guid> AddIndicatorAsync(Scene scene, string name)
    {
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Indicators.Add(new IndicatorDraft { Name = name });
        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));
        return await fixture.Database.ScalarAsync<Guid>("SELECT id FROM initiative_indicators WHERE initiative_id = $1", scene.InitiativeId);
    }

    private async Task<string> SnapshotAsync(Scene scene)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.FundingLines).Include(i => i.Indicators).SingleAsync(i => i.Id == scene.InitiativeId, Token);
        var history = await db.History.CountAsync(h => h.AggregateId == scene.InitiativeId.ToString(), Token);
        return System.Text.Json.JsonSerializer.Serialize(InitiativeDraft.From(initiative)) + initiative.Version + "/" + history;
    }
}
