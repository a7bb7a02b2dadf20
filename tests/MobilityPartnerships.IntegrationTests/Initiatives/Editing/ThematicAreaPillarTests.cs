using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Editing;

/// <summary>
/// A thematic area belongs to the initiative's pillar, one rule in the domain (#5): the write the form and the API share
/// and the import refuse an area of another pillar with the same message at the thematic areas, an initiative moved to
/// another pillar with its old pillar's areas included; and the form offers the chosen pillar's areas.
/// </summary>
public sealed class ThematicAreaPillarTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private EditInitiative Editor => fixture.Get<EditInitiative>();

    [Fact]
    public async Task A_draft_with_an_area_of_another_pillar_is_refused_at_the_areas_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);
        var border = await AreaAsync(Pillar.IllegalMigration);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.ThematicAreaIds = [border.Id];

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(InitiativeDraft.ThematicAreaIds), Refusal(border, "Legal migration", "Illegal migration")), (error.Path, error.Message));
        Assert.Empty((await Editor.LoadAsync(scene.InitiativeId, Token))!.Draft.ThematicAreaIds);
    }

    [Fact]
    public async Task Moving_an_initiative_to_another_pillar_with_its_old_pillars_areas_is_refused_at_the_areas()
    {
        var scene = await Scene.StoreAsync(fixture);
        var circular = await AreaAsync(Pillar.LegalMigration);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.ThematicAreaIds = [circular.Id];
        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));
        editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        draft = editing.Draft.Copy();
        draft.Pillar = Pillar.IllegalMigration;

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(InitiativeDraft.ThematicAreaIds), Refusal(circular, "Illegal migration", "Legal migration")), (error.Path, error.Message));
        Assert.Equal(Pillar.LegalMigration, (await Editor.LoadAsync(scene.InitiativeId, Token))!.Draft.Pillar);
    }

    [Fact]
    public async Task The_import_refuses_an_area_of_another_pillar_with_the_same_message_at_its_column()
    {
        var scene = await Scene.StoreAsync(fixture);
        var border = await AreaAsync(Pillar.IllegalMigration);
        var csv = $"Title,Pillar,Thematic areas\nBorder pilot,Legal migration,{border.Name}\n";

        var preview = await Importing.Importing.PreviewAsync(fixture.Services, Importing.Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "areas.csv", new ImportSettings()));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        var problem = Assert.Single(row.Problems);
        Assert.Equal(("Thematic areas", Refusal(border, "Legal migration", "Illegal migration")), (problem.Column, problem.Message));
    }

    [Fact]
    public async Task The_form_offers_the_chosen_pillars_areas_and_those_of_another_still_chosen()
    {
        var scene = await Scene.StoreAsync(fixture);
        var border = await AreaAsync(Pillar.IllegalMigration);
        var choices = (await Editor.LoadAsync(scene.InitiativeId, Token))!.Choices;

        var offered = choices.AreasFor(Pillar.LegalMigration, [border.Id]);

        Assert.Equal(
            [.. choices.ThematicAreas.Where(a => a.Pillar == Pillar.LegalMigration).Select(a => a.Id).Append(border.Id).Order()],
            offered.Select(a => a.Id).Order());
        Assert.Equal(
            choices.ThematicAreas.Where(a => a.Pillar == Pillar.LegalMigration).Select(a => a.Id).Order(),
            choices.AreasFor(Pillar.LegalMigration, []).Select(a => a.Id).Order());
    }

    private static string Refusal(ThematicArea area, string pillar, string areasPillar) =>
        $"\"{area.Name}\" is not a thematic area of the pillar {pillar}: it belongs to the pillar {areasPillar}.";

    private async Task<ThematicArea> AreaAsync(Pillar pillar)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.ThematicAreas.AsNoTracking().Where(a => a.Pillar == pillar).OrderBy(a => a.Name).FirstAsync(Token);
    }
}
