using System.Text;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Api.Contracts;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives;

/// <summary>
/// The implementation period as first announced goes the whole way: saved through the edit form, shown on the
/// details page, written to an export that imports back unchanged, carried by the API, recorded in history.
/// </summary>
public sealed class AnnouncedPeriodRoundTripTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_announced_period_round_trips_from_the_form_to_the_details_the_sheet_and_the_api()
    {
        var scene = await Scene.StoreAsync(fixture);
        var editor = fixture.Get<EditInitiative>();
        var editing = (await editor.LoadAsync(scene.InitiativeId, Ct))!;
        var draft = editing.Draft.Copy();
        (draft.AnnouncedStartMonth, draft.AnnouncedEndMonth) = (new DateOnly(2015, 3, 1), new DateOnly(2016, 6, 1));

        Assert.IsType<WriteOutcome.Done>(await editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Ct));

        var stored = (await editor.LoadAsync(scene.InitiativeId, Ct))!.Draft;
        Assert.Equal((new DateOnly(2015, 3, 1), new DateOnly(2016, 6, 1)), (stored.AnnouncedStartMonth, stored.AnnouncedEndMonth));

        var details = (await fixture.Get<GetInitiativeDetails>().ExecuteAsync(scene.InitiativeId, Ct))!;
        var text = fixture.Get<IStringLocalizer<Strings>>();
        var fact = Assert.Single(InitiativeFields.DetailsFacts, f => f.LabelKey == "Initiative_Field_AnnouncedPeriod");
        Assert.Equal("Implementation period as announced", text[fact.LabelKey].Value);
        Assert.Equal("March 2015 – June 2016", fact.Words(text, details));

        var csv = Encoding.UTF8.GetString(await Exports.CsvAsync(fixture.Services, scene.PartnershipId, "columns=all"));
        Assert.Contains("Announced start", csv, StringComparison.Ordinal);
        Assert.Contains("Announced end", csv, StringComparison.Ordinal);
        var preview = await Importing.Importing.PreviewAsync(fixture.Services, Importing.Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings()));
        var row = Assert.Single(preview.Rows);
        Assert.True(row.Outcome == RowOutcome.Unchanged, string.Join("; ", row.Changes.Select(c => c.ToString()).Concat(row.Problems.Select(p => p.ToString()))));
        Assert.Equal((new DateOnly(2015, 3, 1), new DateOnly(2016, 6, 1)), (row.Draft.AnnouncedStartMonth, row.Draft.AnnouncedEndMonth));

        var changed = await Importing.Importing.PreviewAsync(fixture.Services, Importing.Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv.Replace("2016-06", "2016-09", StringComparison.Ordinal)), "sheet.csv", new ImportSettings()));
        Assert.Equal(RowOutcome.Update, Assert.Single(changed.Rows).Outcome);

        Assert.Equal(new AnnouncedPeriodDto(new DateOnly(2015, 3, 1), new DateOnly(2016, 6, 1)), InitiativeDto.From(details, null).Fields["announcedPeriod"]);

        var history = await fixture.Database.RowsAsync(
            "SELECT record_type || '.' || field FROM history_entries WHERE aggregate_id = $1 AND field LIKE 'Announced%' ORDER BY field",
            scene.InitiativeId.ToString());
        Assert.Equal(["Initiative.AnnouncedEndMonth", "Initiative.AnnouncedStartMonth"], history);
        Assert.Equal("History_Field_AnnouncedStartMonth", InitiativeFields.HistoryLabelKey("Initiative", "AnnouncedStartMonth"));
    }
}
