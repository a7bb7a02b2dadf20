using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Indicators.Reporting;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Indicators;

/// <summary>
/// An indicator keeps its unit once values are reported in it: "%" changed to "persons" read the same numbers in another
/// unit, and the on-track badge flipped on them. The edit form (and the write API, which stores through it) is told why
/// at the unit's field and nothing changes; an indicator without values still changes its unit.
/// </summary>
public sealed class IndicatorUnitKeptTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_unit_of_an_indicator_with_values_cannot_change_and_the_form_is_told_at_its_unit()
    {
        var scene = await Scene.StoreAsync(fixture);
        var unreported = await scene.AddIndicatorAsync(fixture, Indicator.Create("Trainings held", null, "sessions", 0m, new DateOnly(2010, 6, 1), 10m, new DateOnly(2011, 6, 30), null));
        var share = await scene.AddIndicatorAsync(fixture, Indicator.Create("Share employed", null, "%", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), null));
        Assert.IsType<WriteOutcome.Done>(await fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, share, new IndicatorValueDraft { Period = "2010 Q3", Value = "40" }, Token));
        var onTrack = (await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, share, Token))!.IsOnTrack;
        var editing = fixture.Get<EditInitiative>();
        var loaded = (await editing.LoadAsync(scene.InitiativeId, Token))!;
        var draft = loaded.Draft.Copy();
        var at = draft.Indicators.FindIndex(i => i.Id == share);
        draft.Indicators[at].Unit = "persons";
        draft.Indicators[at].Name = "Persons employed";
        draft.Indicators[draft.Indicators.FindIndex(i => i.Id == unreported)].Unit = "trainings";

        var outcome = await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(
            ($"Indicators[{at}].Unit", "Values are already reported for the indicator 'Persons employed': its unit cannot change, or they would be read in another unit. Keep its unit, or add a new indicator for the new one."),
            (error.Path, error.Message));
        Assert.Equal([("Share employed", "%"), ("Trainings held", "sessions")], await UnitsAsync(scene));
        Assert.Equal(onTrack, (await fixture.Get<GetIndicator>().ExecuteAsync(scene.InitiativeId, share, Token))!.IsOnTrack);
    }

    [Fact]
    public async Task An_indicator_without_values_changes_its_unit_and_one_with_values_keeps_it_written_otherwise()
    {
        var scene = await Scene.StoreAsync(fixture);
        var unreported = await scene.AddIndicatorAsync(fixture, Indicator.Create("Trainings held", null, "sessions", 0m, new DateOnly(2010, 6, 1), 10m, new DateOnly(2011, 6, 30), null));
        var placed = await scene.AddIndicatorAsync(fixture, Indicator.Create("Workers placed", null, "persons", 0m, new DateOnly(2010, 6, 1), 100m, new DateOnly(2011, 6, 30), null));
        Assert.IsType<WriteOutcome.Done>(await fixture.Get<ReportIndicatorValue>().ExecuteAsync(scene.InitiativeId, placed, new IndicatorValueDraft { Period = "2010 Q3", Value = "40" }, Token));
        var editing = fixture.Get<EditInitiative>();
        var loaded = (await editing.LoadAsync(scene.InitiativeId, Token))!;
        var draft = loaded.Draft.Copy();
        draft.Indicators.Single(i => i.Id == unreported).Unit = "trainings";
        draft.Indicators.Single(i => i.Id == placed).Unit = " Persons";

        Assert.IsType<WriteOutcome.Done>(await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, draft, Token));

        Assert.Equal([("Trainings held", "trainings"), ("Workers placed", "Persons")], await UnitsAsync(scene));
    }

    private async Task<List<(string Name, string? Unit)>> UnitsAsync(Scene scene)
    {
        await using var db = await fixture.CreateContextAsync();
        var indicators = await db.Initiatives.AsNoTracking().Where(i => i.Id == scene.InitiativeId).SelectMany(i => i.Indicators).Select(i => new { i.Name, i.Unit }).ToListAsync(Token);
        return [.. indicators.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => (i.Name, i.Unit))];
    }
}
